// Agents sign in and out with ProConnect, whose simulator runs on its own port (its own origin, as the real
// ProConnect is not FranceConnect's host): the Content-Security-Policy's `form-action` must let the sign-in form and
// the sign-out form be redirected there, with and without JavaScript. An ID token whose `acr` proves no second
// factor is refused with a French message.
import type { Page } from "@playwright/test";

import { creerCompte, expect, test } from "./support/fixtures";

async function jusquAProConnect(page: Page) {
  await page.goto("/connexion");
  await page.getByRole("button", { name: /S.identifier avec ProConnect/ }).click();
  await page.waitForURL(/\/interaction\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion avec ProConnect");
}

// One persona per variant: an agent account is linked to its ProConnect `sub` at the first sign-in.
const VARIANTES = [
  { sansJs: false, prenom: "Nadia", email: "nadia.faure@exemple.test" },
  { sansJs: true, prenom: "Jeanne", email: "jeanne.robert@exemple.test" },
] as const;

for (const { sansJs, prenom, email } of VARIANTES) {
  const etiquette = sansJs ? " @sans-js" : "";

  test(`un agent se connecte par ProConnect avec un second facteur, arrive sur la file, se déconnecte : la session ProConnect est fermée aussi${etiquette}`, async ({
    page,
    db,
  }) => {
    const agent = await creerCompte(db, "agent", { email, prenoms: prenom });
    await jusquAProConnect(page);
    await page.getByRole("radio", { name: new RegExp(`^${prenom}`) }).check();
    await expect(page.getByRole("radio", { name: /Avec un second facteur/ })).toBeChecked();
    await page.getByRole("button", { name: "Se connecter avec cette personne" }).click();
    await page.waitForURL("**/agent");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");
    const session = await db.session.findFirst({
      where: { compteId: agent.id, fournisseur: "proconnect" },
      select: { id: true },
    });
    expect(session).not.toBeNull();
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes déconnecté");
    await expect(page).toHaveURL(/\/deconnexion$/);
    expect((await db.session.findUnique({ where: { id: session!.id } }))?.revoqueeLe).not.toBeNull();
    // ProConnect's own session is gone: signing in again asks who is there.
    await jusquAProConnect(page);
  });

  test(`ProConnect sans second facteur (acr eidas1) : la connexion est refusée avec un message en français${etiquette}`, async ({
    page,
  }) => {
    await jusquAProConnect(page);
    await page.getByRole("radio", { name: /^Lucas/ }).check();
    await page.getByRole("radio", { name: /Mot de passe seul/ }).check();
    await page.getByRole("button", { name: "Se connecter avec cette personne" }).click();
    await page.waitForURL(/\/connexion\?error=second_facteur_requis/);
    await expect(page.getByText(/ProConnect n.a pas confirmé un second facteur d.authentification/)).toBeVisible();
  });
}
