// The link the first parent sends the second parent (issue 10 §2), opened on the second parent's own device, with
// and without JavaScript: the consent says who will see what; FranceConnect must be the declared person; the link
// authorizes once, then opens the second parent's own page (what was obtained, withdrawal).
import { createHash, randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import type { Db } from "@/lib/server/database";
import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

/** A family whose second parent, Claire PETIT, declares separately, and the link sent to her (7 days). */
async function lienPourClaire(db: Db, page: Page, connecterFamille: (page: Page) => Promise<{ id: string }>) {
  const compte = await connecterFamille(page);
  const { foyerId } = await db.responsableLegal.findFirstOrThrow({
    where: { compteId: compte.id, rang: 1 },
    select: { foyerId: true },
  });
  const claire = await db.responsableLegal.create({
    data: { foyerId, rang: 2, prenoms: "Claire", nom: "PETIT", dateNaissance: "1987-05-09", foyerFiscalDistinct: true },
  });
  const jeton = randomBytes(32).toString("base64url");
  await db.jetonCompte.create({
    data: {
      type: "invitation_second_parent",
      empreinte: createHash("sha256").update(jeton).digest("hex"),
      foyerId,
      responsableId: claire.id,
      expireLe: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  // From here on, the second parent's own device: no session of the first parent.
  await page.context().clearCookies();
  return `/autorisation-second-parent?jeton=${jeton}`;
}

async function autoriserEnTantQue(page: Page, lien: string, personne: string) {
  await page.goto(lien);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autoriser la récupération de vos données fiscales");
  await expect(page.getByText("Qui verra quoi :")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("ne les voit pas");
  await page.getByLabel(/Moi, Claire, j'accepte/).check();
  await page.getByRole("button", { name: /Autoriser et m'identifier avec FranceConnect/ }).click();
  await page.waitForURL(/\/interaction\//);
  await page.getByRole("radio", { name: new RegExp(`^${personne}`) }).check();
  await page.getByRole("button", { name: "Se connecter avec cette personne" }).click();
  await page.getByLabel(/J'accepte que FranceConnect transmette ces données/).check();
  await page.getByRole("button", { name: /Continuer sur/ }).click();
  await page.waitForURL(/\/autorisation-second-parent\/terminee/);
}

for (const [variante, etiquette] of [
  ["avec JavaScript", ""],
  ["sans JavaScript", " @sans-js"],
] as const) {
  test(`le second parent autorise depuis son lien, à son nom ; puis retrouve et retire son accord par ce lien (${variante})${etiquette}`, async ({
    page,
    db,
    connecterFamille,
  }) => {
    const lien = await lienPourClaire(db, page, connecterFamille);
    if (!etiquette) {
      await page.goto(lien);
      await verifierAccessibilite(page);
    }
    await autoriserEnTantQue(page, lien, "Claire");
    await expect(page.getByRole("main")).toContainText("Merci");
    // Used, the link no longer authorizes: it opens Claire's own page, where she can withdraw.
    await page.goto(lien);
    await expect(page.getByRole("heading", { name: "Votre autorisation" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Autoriser et m'identifier/ })).toHaveCount(0);
    await expect(page.getByText("Accord donné")).toBeVisible();
    if (!etiquette) await verifierAccessibilite(page);
    await page.getByLabel("Je retire mon accord et je demande l'effacement de mes données fiscales").check();
    await page.getByRole("button", { name: "Retirer mon accord" }).click();
    await expect(page.getByText("Votre accord est retiré et vos données fiscales sont effacées.")).toBeVisible();
    await expect(page.getByText("Aucune donnée fiscale vous concernant n'est détenue.")).toBeVisible();
  });

  test(`une autre identité FranceConnect que le second parent déclaré : rien n'est obtenu, un agent examinera (${variante})${etiquette}`, async ({
    page,
    db,
    connecterFamille,
  }) => {
    const lien = await lienPourClaire(db, page, connecterFamille);
    await autoriserEnTantQue(page, lien, "Sophie");
    await expect(page.getByRole("main")).toContainText("ne correspond pas à celle que l'autre parent a déclarée");
    await page.goto(lien);
    await expect(page.getByRole("button", { name: /Autoriser et m'identifier/ })).toHaveCount(0);
    await expect(page.getByText("Aucune donnée fiscale vous concernant n'est détenue.")).toBeVisible();
  });
}
