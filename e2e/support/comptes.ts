import { expect, type Page } from "@playwright/test";

export const AGENT = { email: "agent@val-de-lys.test", motDePasse: "Agent-Val-de-Lys-2026" };
export const ADMIN = { email: "admin@val-de-lys.test", motDePasse: "Admin-Val-de-Lys-2026" };

export async function seConnecterLocalement(page: Page, c: { email: string; motDePasse: string }) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(c.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(c.motDePasse);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Creates a local family account through the pages, activates it through the demo outbox, and signs in. */
export async function creerFamilleLocale(page: Page, prefixe = "famille") {
  const email = `${prefixe}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@exemple.test`;
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
  return { email, motDePasse };
}
