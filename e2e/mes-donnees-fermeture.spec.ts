import type { Page } from "@playwright/test";

import { verifierAccessibilite } from "./support/axe";
import { seConnecterLocalement } from "./support/comptes";
import { expect, test } from "./support/fixtures";

async function fermer(page: Page, saisie: string) {
  await page.getByLabel("Pour confirmer, tapez FERMER").fill(saisie);
  await page.getByRole("button", { name: "Fermer définitivement mon compte" }).click();
}

async function verifierConnexionRefusee(page: Page, compte: { email: string; motDePasse: string }) {
  await page.goto("/espace");
  await expect(page).toHaveURL(/\/connexion/);
  await seConnecterLocalement(page, compte);
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText(
    "Adresse électronique ou mot de passe incorrect.",
  );
}

test("fermer son compte : ce qui est gardé est dit, une confirmation tapée est exigée, la connexion est ensuite refusée", async ({
  page,
  connecterFamille,
}) => {
  const compte = await connecterFamille(page);
  await page.goto("/espace/mes-donnees");
  await page.getByRole("link", { name: "Fermer mon compte…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fermer mon compte");
  await expect(
    page.getByRole("heading", { name: "Ce que la Communauté de communes du Val de Lys conserve, et pourquoi" }),
  ).toBeVisible();
  await expect(page.getByText("les inscriptions déjà validées, avec leur tarif et son explication")).toBeVisible();
  await verifierAccessibilite(page);

  await fermer(page, "oui");
  await expect(page.locator("#champ-confirmation-erreur")).toContainText("Tapez FERMER pour confirmer");
  await verifierAccessibilite(page);

  await fermer(page, " fermer ");
  await page.waitForURL("**/compte-ferme");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte est fermé");
  await expect(
    page.getByRole("heading", { name: "Ce que la Communauté de communes du Val de Lys conserve, et pourquoi" }),
  ).toBeVisible();
  await verifierAccessibilite(page);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await verifierConnexionRefusee(page, compte);
});

test("fermer son compte sans JavaScript @sans-js", async ({ page, connecterFamille }) => {
  const compte = await connecterFamille(page);
  await page.goto("/espace/mes-donnees/fermer-mon-compte");
  await fermer(page, "FERMER");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte est fermé");
  await verifierConnexionRefusee(page, compte);
});
