// Waits are `locator.waitFor()` (visible within the action timeout) rather than `expect`, so that these steps also
// drive a browser outside the test runner (scripts/bench/pages.ts), where expect's timeout cannot be set.
import type { Page } from "@playwright/test";

/** Signs in through the FranceConnect simulator as the persona whose name starts with `personne`. */
export async function seConnecterAvecFranceConnect(page: Page, personne: string) {
  await page.goto("/connexion");
  await page.getByRole("button", { name: /S.identifier avec FranceConnect/ }).click();
  await page.waitForURL(/\/interaction\//);
  await page.getByRole("radio", { name: new RegExp(`^${personne}`) }).check();
  await page.getByRole("button", { name: "Se connecter avec cette personne" }).click();
  await page.waitForURL("**/espace");
}

export async function ajouterEnfant(
  page: Page,
  e: { prenom: string; nom: string; naissance: string; classe: string; ecole?: string },
) {
  await page.goto("/espace/enfants/nouveau");
  await page.getByLabel("Prénom").fill(e.prenom);
  await page.getByLabel("Nom", { exact: true }).fill(e.nom);
  await page.getByLabel("Date de naissance").fill(e.naissance);
  await page
    .getByLabel("École")
    .selectOption({ label: e.ecole ?? "École maternelle Les Tilleuls (Bellecombe-sur-Lys)" });
  await page.getByLabel("Classe").selectOption(e.classe);
  await page.getByRole("button", { name: "Ajouter l'enfant" }).click();
  await page.getByText("L'enfant est ajouté.").waitFor();
}

/** From the family's space to the tariff step, with these activities for each child. */
export async function choisirActivites(page: Page, choix: Record<string, RegExp[]>) {
  await page.goto("/espace");
  await page.getByRole("button", { name: "Inscrire mes enfants à des activités" }).click();
  await page.getByRole("heading", { level: 1, name: "Choisir les activités", exact: true }).waitFor();
  for (const [prenom, activites] of Object.entries(choix)) {
    const groupe = page.getByRole("group", { name: new RegExp(`^${prenom}`) });
    for (const a of activites) await groupe.getByRole("checkbox", { name: a }).check();
  }
  await page.getByRole("button", { name: "Continuer : calcul du tarif" }).click();
  await page.getByRole("heading", { level: 1, name: "Calcul du tarif", exact: true }).waitFor();
}

/** Consent on the portal, then FranceConnect's own consent screen for the DGFiP data, back to the summary. */
export async function autoriserDonneesFiscales(page: Page) {
  await page
    .getByLabel(/^J'accepte que la Communauté de communes du Val de Lys obtienne ces données auprès de la DGFiP/)
    .check();
  await page.getByRole("button", { name: "Autoriser et continuer avec FranceConnect" }).click();
  await accepterChezFranceConnect(page);
}

async function accepterChezFranceConnect(page: Page) {
  await page.waitForURL(/\/interaction\//);
  await page.getByLabel(/J'accepte que FranceConnect transmette ces données/).check();
  await page.getByRole("button", { name: /Continuer sur/ }).click();
  await page.waitForURL(/\/recapitulatif/);
}

/** The price shown for one child's activity on the summary. */
export function tarifDe(page: Page, prenom: string, activite: RegExp) {
  return page
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^${prenom} — `) })
    .filter({ hasText: activite });
}
