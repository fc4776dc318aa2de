// Admin journeys through the pages, as a person would do them (labels, buttons), with or without JavaScript.
import { expect, type Locator, type Page } from "@playwright/test";

/** French formatting puts no-break spaces in prices: compare on plain spaces. */
const texte = async (l: Locator) =>
  ((await l.textContent()) ?? "")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The admin's pages that need no identifier. */
export const PAGES_FIXES_ADMIN = [
  "/admin",
  "/admin/territoire",
  "/admin/annees",
  "/admin/ecoles",
  "/admin/activites",
  "/admin/activites/nouvelle",
  "/admin/fiscalite",
  "/admin/grilles",
  "/admin/courriels",
  "/admin/journal",
];

export const champ = (page: Page, nom: string) => page.locator(`[name="${nom}"]`);

/** Creates an activity of the first school year through the form; returns to its page. */
export async function creerActivite(page: Page, a: { nom: string; type: string; unite: string }) {
  await page.goto("/admin/activites/nouvelle");
  await page.getByLabel("Nom de l'activité").fill(a.nom);
  await page.getByLabel("Type").selectOption({ label: a.type });
  await page.getByLabel("École", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Unité de vente").selectOption({ label: a.unite });
  await page.getByLabel("Capacité (places)").fill("30");
  await page.getByRole("button", { name: "Créer l'activité" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.nom);
}

/** From the activity's page: creates its grid in a mode and lands in the draft editor. */
export async function creerGrille(page: Page, mode: "Tranches de quotient familial" | RegExp) {
  await page.getByRole("link", { name: "Créer la grille tarifaire" }).click();
  await page.getByRole("radio", { name: mode }).check();
  await page.getByRole("button", { name: "Créer la grille et l'ouvrir" }).click();
  await page.waitForURL("**/versions/**");
  await expect(page.getByText("La grille est créée : complétez ce premier brouillon")).toBeVisible();
}

/** A button of the editor that reshapes it (no save), pressed from the keyboard: waits for the field it makes appear. */
export async function commande(page: Page, bouton: string, champAttendu: string) {
  await page.getByRole("button", { name: bouton, exact: true }).press("Enter");
  await expect(champ(page, champAttendu)).toBeVisible();
}

export async function enregistrerBrouillon(page: Page) {
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).first().click();
}

/** Publishes the draft whose page is open, through the impact preview and its confirmation. */
export async function publier(page: Page) {
  await page.getByRole("link", { name: "Vérifier l'impact et publier" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Effet sur les familles" })).toBeVisible();
  await page.getByRole("button", { name: "Confirmer la publication" }).click();
  await expect(page.getByText("La version est publiée")).toBeVisible();
}

/** The preview calculator: the price line ("Tarif : 0,90 € par heure") and the explanation. */
export async function apercu(
  page: Page,
  s: { quotient: string; residence?: "resident" | "non_resident" | "a_verifier"; rang?: number },
) {
  const attendu = { quotient: s.quotient, residence: s.residence ?? "resident", rangFratrie: String(s.rang ?? 1) };
  const zone = page.locator("#apercu");
  await zone.getByLabel(/^Quotient familial \(€/).fill(attendu.quotient);
  await zone.getByLabel("Résidence", { exact: true }).selectOption(attendu.residence);
  await zone.getByLabel("Rang de l'enfant dans la fratrie").fill(attendu.rangFratrie);
  await zone.getByRole("button", { name: "Calculer le tarif" }).click();
  // A GET form: wait for the page of this very question, not the previous result still on screen.
  await page.waitForURL((u) => Object.entries(attendu).every(([k, v]) => u.searchParams.get(k) === v));
  const resultat = page.locator("#apercu-resultat");
  await expect(resultat).toBeVisible();
  return { prix: await texte(resultat.locator("p").first()), explication: await texte(resultat.locator("ul")) };
}
