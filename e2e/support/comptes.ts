import { expect, type Page } from "@playwright/test";

import { codeTotp, PAS_SECONDES } from "@/lib/comptes/domain/totp";

/** The last time step each secret gave a code for: the portal refuses a step already used (replay). */
const derniersPas = new Map<string, number>();

/** The code the authenticator app shows now, or the next one when this step was already used (±1 step accepted). */
export function codeDeLApplication(secret: string): string {
  const pas = Math.max(Math.floor(Date.now() / 1000 / PAS_SECONDES), (derniersPas.get(secret) ?? 0) + 1);
  derniersPas.set(secret, pas);
  return codeTotp(secret, new Date(pas * PAS_SECONDES * 1000));
}

/**
 * Through the sign-in page, as a person would (the subject of the test is the sign-in itself). An agent or admin
 * with a second factor then types the app's code on the second step.
 */
export async function seConnecterLocalement(page: Page, c: { email: string; motDePasse: string; secretTotp?: string }) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(c.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(c.motDePasse);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (!c.secretTotp) return;
  // Either the second step, or the password refused (an alert in the sign-in form).
  const deuxiemeEtape = page.getByRole("heading", { level: 1, name: "Second facteur" });
  await expect(deuxiemeEtape.or(page.locator("form").getByRole("alert"))).toBeVisible();
  if (!(await deuxiemeEtape.isVisible())) return;
  await page.getByLabel("Code à 6 chiffres ou code de secours").fill(codeDeLApplication(c.secretTotp));
  await page.getByRole("button", { name: "Vérifier" }).click();
}

/**
 * The first sign-in of a staff account without a second factor lands on the enrolment step: read the key shown
 * beside the QR code, type the app's first code, pass the recovery codes. Returns the key, for the next sign-ins.
 */
export async function enrolerSecondFacteur(page: Page): Promise<string> {
  await page.waitForURL("**/connexion/second-facteur/enrolement**");
  const secret = ((await page.locator("main code").first().textContent()) ?? "").replace(/\s/g, "");
  await page.getByLabel(/^Code à 6 chiffres/).fill(codeDeLApplication(secret));
  await page.getByRole("button", { name: "Activer le second facteur" }).click();
  await page.getByRole("link", { name: "J'ai noté mes codes : continuer" }).click();
  return secret;
}
