// CSV export and import of a grid, through the pages: a round trip gives the same file back; a malformed file is
// rejected with its line numbers and changes nothing.
import type { Page } from "@playwright/test";

import { champ, creerActivite, creerGrille } from "./support/admin";
import { expect, test, unique } from "./support/fixtures";

async function exporter(page: Page) {
  const href = await page.getByRole("link", { name: /^Exporter la version n° \d+ en CSV/ }).getAttribute("href");
  const r = await page.request.get(href!);
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(r.headers()["content-disposition"]).toMatch(/^attachment; filename="grille-[a-z0-9-]+-v\d+\.csv"$/);
  return r.body();
}

async function importer(page: Page, contenu: Buffer) {
  await page
    .getByLabel("Fichier CSV de la grille")
    .setInputFiles({ name: "grille.csv", mimeType: "text/csv", buffer: contenu });
  await page.getByRole("button", { name: "Importer dans le brouillon" }).click();
}

test("export CSV puis import : la grille revient identique ; un fichier mal formé est refusé avec ses lignes, rien n'est importé", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  // The demo canteen grid, published.
  await page.goto("/admin/grilles");
  await page
    .getByRole("link", { name: "Ouvrir : grille de Restauration scolaire — École maternelle Les Tilleuls" })
    .click();
  await page.getByRole("link", { name: "Version n° 1" }).click();
  const original = await exporter(page);
  const texte = original.toString("utf8");
  expect(texte.startsWith("\uFEFFrubrique;cle;colonne;min;max;valeur\r\n")).toBe(true);
  expect(texte).toContain("\r\ntranche;2;tarif;501;800;2,35\r\n");

  // Into the fresh grid of another canteen: the draft becomes that grid, and exports to the very same bytes.
  await creerActivite(page, { nom: `Cantine import ${unique()}`, type: "Restauration scolaire", unite: "Repas" });
  await creerGrille(page, "Tranches de quotient familial");
  const brouillon = page.url().split("?")[0]!;
  await page.getByRole("link", { name: "page de la grille" }).click();
  await importer(page, original);
  await expect(page.getByText("Le fichier est importé dans ce brouillon.")).toBeVisible();
  expect(page.url().split("?")[0]).toBe(brouillon);
  await expect(champ(page, "tranches.1.prix.0")).toHaveValue("2,35");
  expect((await exporter(page)).equals(original)).toBe(true);

  // A price typed wrong on one line, an unknown row kind on another: the whole file is refused, each line named.
  const lignes = texte.split("\r\n");
  const n = lignes.indexOf("tranche;2;tarif;501;800;2,35");
  lignes[n] = "tranche;2;tarif;501;800;2,3x";
  lignes.splice(n + 1, 0, "remise;10;;;;5");
  await page.getByRole("link", { name: "page de la grille" }).click();
  await importer(page, Buffer.from(lignes.join("\r\n"), "utf8"));
  // The message, then the form's summary of the errors (each a link to the file field, where they are listed).
  const alerte = page.getByRole("region", { name: "Importer un fichier CSV" }).getByRole("alert");
  await expect(alerte).toContainText("Le fichier n'a pas été importé (2 erreurs) : rien n'a changé.");
  await expect(alerte).toContainText("2 erreurs à corriger");
  const erreurs = page.locator('[id="champ-fichier-erreur"] li');
  await expect(erreurs).toHaveText([
    `Ligne ${n + 1} : Prix illisible « 2,3x » (attendu : un montant en euros, par exemple 1,20)`,
    `Ligne ${n + 2} : Rubrique inconnue « remise » (attendu : format, parametre, colonne, critere, tranche, taux, fratrie, sauf_tranche, pai, occasionnel)`,
  ]);
  // Nothing half-imported: the draft still exports the original file.
  await page.goto(brouillon);
  expect((await exporter(page)).equals(original)).toBe(true);
});

test("un fichier vide ou d'une autre unité de vente est refusé sans rien changer", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await creerActivite(page, { nom: `Accueil import ${unique()}`, type: "Accueil du soir", unite: "Heure" });
  await creerGrille(page, "Tranches de quotient familial");
  await page.getByRole("link", { name: "page de la grille" }).click();
  await page.getByRole("button", { name: "Importer dans le brouillon" }).click();
  await expect(page.locator('[id="champ-fichier-erreur"]')).toHaveText("Choisissez un fichier CSV");
  await importer(
    page,
    Buffer.from(
      "rubrique;cle;colonne;min;max;valeur\r\nformat;portail-famille-grille;;;;1\r\nparametre;unite;;;;repas\r\nparametre;quotient.source;;;;fiscal\r\nparametre;quotient.periode;;;;mensuel\r\nparametre;mode;;;;tranches\r\nparametre;sans_donnees;;;;tranche_la_plus_haute\r\ncolonne;tarif;;;;Tarif\r\ntranche;1;tarif;0;;1,00\r\n",
    ),
  );
  await expect(page.locator('[id="champ-fichier-erreur"]')).toHaveText(
    "Le fichier n'a pas été importé : L'activité est vendue par heure : la grille doit l'être aussi.",
  );
  await page.getByRole("link", { name: "Version n° 1" }).click();
  await expect(champ(page, "tranches.0.prix.0")).toHaveValue("0,00");
});
