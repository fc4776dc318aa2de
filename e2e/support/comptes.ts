import type { Page } from "@playwright/test";

/** Through the sign-in page, as a person would (the subject of the test is the sign-in itself). */
export async function seConnecterLocalement(page: Page, c: { email: string; motDePasse: string }) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(c.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(c.motDePasse);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
