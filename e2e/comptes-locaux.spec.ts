// Local accounts through the pages: signing in (right and wrong password), the roles' areas, creating and
// activating a family account by e-mail, the session cookie, the forgotten password. Accounts that are not the
// subject of a test come from the fixtures.
import type { Page } from "@playwright/test";

import { verifierAccessibilite } from "./support/axe";
import { seConnecterLocalement } from "./support/comptes";
import { creerCompte, expect, test } from "./support/fixtures";

test("un agent atteint l'instruction des dossiers ; un mauvais mot de passe est refusé en français", async ({
  page,
  db,
}) => {
  const agent = await creerCompte(db, "agent");
  await seConnecterLocalement(page, { ...agent, motDePasse: "mauvais" });
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText(
    "Adresse électronique ou mot de passe incorrect.",
  );
  await seConnecterLocalement(page, agent);
  await page.waitForURL("**/agent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");
  await verifierAccessibilite(page);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
});

test("l'administrateur atteint l'administration et l'instruction", async ({ page, db }) => {
  await seConnecterLocalement(page, await creerCompte(db, "admin"));
  await page.waitForURL("**/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
  await verifierAccessibilite(page);
  await page.goto("/agent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");
});

/** The whole sign-up: form, activation link from the demo outbox, sign-in. */
async function creerFamilleParLesPages(page: Page) {
  const email = `famille.${Date.now()}.${Math.floor(Math.random() * 1e6)}@exemple.test`;
  const motDePasse = "Bellecombe-sur-Lys-2026";
  await page.goto("/inscription");
  await page.getByLabel("Prénom(s)").fill("Sacha");
  await page.getByLabel("Nom", { exact: true }).fill("Essai");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(motDePasse);
  await page.getByLabel("Confirmation du mot de passe").fill(motDePasse);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("ouvrez le lien reçu par courriel")).toBeVisible();
  await page.goto("/boite-d-envoi");
  const courriel = page.getByRole("listitem").filter({ hasText: `À ${email}` });
  await courriel.getByRole("link", { name: /verifier-email/ }).click();
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page.getByText("Votre adresse est vérifiée")).toBeVisible();
  await seConnecterLocalement(page, { email, motDePasse });
  await page.waitForURL("**/espace");
}

test("une famille crée son compte, l'active par courriel, se connecte ; le back-office lui est refusé", async ({
  page,
}) => {
  await creerFamilleParLesPages(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Sacha Essai");
  await page.goto("/espace/foyer");
  await expect(page.getByText("Déclarée à la création du compte")).toBeVisible();
  await verifierAccessibilite(page);
  for (const chemin of ["/agent", "/admin"]) {
    await page.goto(chemin);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  }
});

test("le cookie de session est httpOnly et SameSite ; la déconnexion le rend inutilisable", async ({
  page,
  context,
  browser,
  db,
}) => {
  await seConnecterLocalement(page, await creerCompte(db, "agent"));
  await page.waitForURL("**/agent");
  const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes déconnecté");
  await verifierAccessibilite(page);
  // The old cookie, replayed from elsewhere, opens nothing: the session row is revoked.
  const autre = await browser.newContext();
  await autre.addCookies([{ ...cookie!, sameSite: "Lax" }]);
  const p2 = await autre.newPage();
  await p2.goto("/agent");
  await expect(p2).toHaveURL(/\/connexion\?retour=%2Fagent/);
  await autre.close();
});

test("les pages de compte passent axe", async ({ page }) => {
  for (const chemin of [
    "/connexion",
    "/inscription",
    "/mot-de-passe-oublie",
    "/boite-d-envoi",
    "/reinitialiser?jeton=perime-perime-perime-perime",
  ]) {
    await page.goto(chemin);
    await verifierAccessibilite(page);
  }
});

test("mot de passe oublié : le lien reçu permet d'en choisir un nouveau, une seule fois", async ({ page, db }) => {
  const { email } = await creerCompte(db, "citoyen");
  await page.goto("/mot-de-passe-oublie");
  await page.getByLabel("Adresse électronique du compte").fill(email);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByText("un courriel vient de lui être envoyé")).toBeVisible();
  await page.goto("/boite-d-envoi");
  const lien = await page
    .getByRole("listitem")
    .filter({ hasText: `À ${email}` })
    .filter({ hasText: "Réinitialiser" })
    .getByRole("link")
    .getAttribute("href");
  await page.goto(lien!);
  await page.getByLabel("Nouveau mot de passe").fill("court");
  await page.getByLabel("Confirmation").fill("court");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("au moins 12 caractères").first()).toBeVisible();
  await page.getByLabel("Nouveau mot de passe").fill("Nouveau-Mot-De-Passe-2026");
  await page.getByLabel("Confirmation").fill("Nouveau-Mot-De-Passe-2026");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Votre mot de passe a été changé")).toBeVisible();
  await page.goto(lien!);
  await expect(page.getByText("Lien expiré ou déjà utilisé")).toBeVisible();
  await seConnecterLocalement(page, { email, motDePasse: "Nouveau-Mot-De-Passe-2026" });
  await page.waitForURL("**/espace");
});

test("connexion et déconnexion d'un agent sans JavaScript @sans-js", async ({ page, db }) => {
  await seConnecterLocalement(page, await creerCompte(db, "agent"));
  await page.waitForURL("**/agent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes déconnecté");
  await page.goto("/agent");
  await expect(page).toHaveURL(/\/connexion/);
});

test("création de compte famille sans JavaScript, erreurs affichées près des champs @sans-js", async ({ page }) => {
  await page.goto("/inscription");
  await page.getByLabel("Adresse électronique").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.locator("#champ-email-erreur")).toContainText("Adresse électronique invalide");
  await expect(page.getByLabel("Adresse électronique")).toHaveValue("pas-une-adresse");
  await expect(page.getByLabel("Adresse électronique")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Indiquez votre prénom.").last()).toBeVisible();
});
