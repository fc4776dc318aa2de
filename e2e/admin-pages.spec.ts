// Every admin page passes axe and fits a 360 px screen; the configuration journeys (territory, school years,
// schools, activities) work through their forms. (Fiscal settings: reglages/, once every journey is done.)
import type { Page } from "@playwright/test";

import { apercu, commande, creerActivite, creerGrille, PAGES_FIXES_ADMIN } from "./support/admin";
import { verifierAccessibilite } from "./support/axe";
import { expect, test, unique } from "./support/fixtures";

const lienVers = (page: Page, debut: string) =>
  page.locator(`main a[href^="${debut}"]:not([href*="nouvelle"])`).first().getAttribute("href");

/** One of each kind of detail page of the demo data, found through the lists. */
async function pagesDeDetail(page: Page): Promise<string[]> {
  const details: string[] = [];
  for (const [liste, prefixe] of [
    ["/admin/territoire", "/admin/territoire/"],
    ["/admin/annees", "/admin/annees/"],
    ["/admin/ecoles", "/admin/ecoles/"],
    ["/admin/activites", "/admin/activites/"],
    ["/admin/grilles", "/admin/grilles/"],
  ] as const) {
    await page.goto(liste);
    details.push((await lienVers(page, prefixe))!);
  }
  await page.goto(details.at(-1)!);
  details.push((await lienVers(page, "/admin/grilles/"))!); // a published version
  return details;
}

async function sansViolation(page: Page, chemins: string[]) {
  for (const chemin of chemins) {
    await page.goto(chemin);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await verifierAccessibilite(page);
  }
}

// Several short tests rather than one long one: they run in parallel and each stays well inside its time limit.
test("axe ne trouve aucune violation sur les pages de liste de l'administration", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await sansViolation(page, PAGES_FIXES_ADMIN.slice(0, 4));
});

test("axe ne trouve aucune violation sur les autres pages fixes de l'administration", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await sansViolation(page, PAGES_FIXES_ADMIN.slice(4));
});

test("axe ne trouve aucune violation sur les pages de détail de l'administration", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await sansViolation(page, await pagesDeDetail(page));
});

test("axe ne trouve aucune violation sur une grille en préparation : création, brouillon, aperçu, publication", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await creerActivite(page, { nom: `Mercredi axe ${unique()}`, type: "Mercredis", unite: "Journée" });
  await page.getByRole("link", { name: "Créer la grille tarifaire" }).click();
  await page.waitForURL("**/admin/grilles/nouvelle**");
  await verifierAccessibilite(page);
  await page.getByRole("radio", { name: /^Taux de participation individualisé/ }).check();
  await page.getByRole("button", { name: "Créer la grille et l'ouvrir" }).click();
  await page.waitForURL("**/versions/**");
  await verifierAccessibilite(page);
  await apercu(page, { quotient: "612" });
  await verifierAccessibilite(page);
  await page.getByRole("link", { name: "Vérifier l'impact et publier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publier le brouillon n° 1");
  await verifierAccessibilite(page);
});

test("les pages principales tiennent dans un écran de 360 px, sans défilement horizontal", async ({
  page,
  connecter,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await connecter(page, "admin");
  const pages = [...PAGES_FIXES_ADMIN, ...(await pagesDeDetail(page))];
  for (const chemin of pages) {
    await page.goto(chemin);
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(largeur, `largeur de ${chemin}`).toBeLessThanOrEqual(360);
  }
  // The draft editor at its widest: two price columns.
  await creerActivite(page, { nom: `Accueil 360 ${unique()}`, type: "Accueil du matin", unite: "Demi-heure" });
  await creerGrille(page, "Tranches de quotient familial");
  await commande(page, "Ajouter une colonne de prix", "tranches.0.prix.1");
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "largeur de l'éditeur").toBeLessThanOrEqual(
    360,
  );
});

test("territoire : ajouter, modifier et retirer une commune ; un code déjà pris est refusé près du champ", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  const code = `99${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  await page.goto("/admin/territoire");
  await page.getByLabel("Code INSEE").fill("00101");
  await page.getByLabel("Nom de la commune").fill("Doublon");
  await page.getByLabel("Codes postaux").fill("00100");
  await page.getByRole("button", { name: "Ajouter la commune" }).click();
  await expect(page.locator("#champ-codeInsee-erreur")).toHaveText(
    "Le code 00101 est déjà celui de Bellecombe-sur-Lys : modifiez cette commune plutôt",
  );
  await page.getByLabel("Code INSEE").fill(code);
  await page.getByLabel("Nom de la commune").fill("Val-Essai");
  await page.getByLabel("Codes postaux").fill("99100, 99101");
  await page.getByRole("button", { name: "Ajouter la commune" }).click();
  await expect(page.getByRole("status")).toHaveText(`La commune ${code} est ajoutée au territoire.`);
  await page.getByRole("link", { name: "Modifier Val-Essai" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Val-Essai");
  await page.getByRole("textbox", { name: "Codes postaux" }).fill("99100");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`${code} Val-Essai 99100 0`) })).toBeVisible();
  await page.getByRole("link", { name: "Modifier Val-Essai" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Val-Essai");
  await page.getByRole("button", { name: "Retirer Val-Essai du territoire" }).click();
  await expect(page.getByRole("status")).toHaveText(`La commune ${code} est retirée du territoire.`);
  await expect(page.getByRole("link", { name: "Modifier Val-Essai" })).toHaveCount(0);
});

test("année scolaire, école, activité : créer, modifier, archiver après confirmation", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await page.goto("/admin/ecoles");
  const ecole = `École essai ${unique()}`;
  await page.getByLabel("Nom de l'école").fill(ecole);
  await page.getByLabel("Commune").selectOption({ label: "Les Aulnes (00103)" });
  await page.getByRole("button", { name: "Ajouter l'école" }).click();
  await expect(page.getByRole("status")).toHaveText("L'école est ajoutée.");
  await expect(page.getByRole("row", { name: new RegExp(`${ecole} Les Aulnes 0 0`) })).toBeVisible();

  await page.goto("/admin/annees");
  await page.getByLabel("Année scolaire", { exact: true }).fill("2040-2042");
  await page.getByRole("button", { name: "Créer l'année scolaire" }).click();
  await expect(page.locator("#champ-libelle-erreur")).toHaveText(
    "Une année scolaire couvre deux années civiles consécutives (2026-2027)",
  );

  const nom = `Vacances essai ${unique()}`;
  await creerActivite(page, { nom, type: "Vacances scolaires", unite: "Journée" });
  await page.getByLabel("Capacité (places)").fill("45");
  await page.getByRole("checkbox", { name: "Mercredi", exact: true }).check();
  await page.getByLabel("Ouverture").fill("2026-06-01T09:00");
  await page.getByLabel("Fermeture").fill("2026-05-01T09:00");
  await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
  await expect(page.locator("#champ-fermetureInscriptions-erreur")).toHaveText(
    "La fermeture des inscriptions doit suivre leur ouverture",
  );
  await page.getByLabel("Fermeture").fill("2026-07-01T18:00");
  await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
  await expect(page.getByText("L'activité est enregistrée.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Capacité (places)")).toHaveValue("45");
  await expect(page.getByLabel("Ouverture")).toHaveValue("2026-06-01T09:00");

  await page.getByRole("button", { name: "Archiver l'activité" }).click();
  await expect(page.locator("#case-confirmation-oui-erreur")).toHaveText("Cochez la case pour confirmer l'archivage");
  await page.getByRole("checkbox", { name: /Je confirme l'archivage/ }).check();
  await page.getByRole("button", { name: "Archiver l'activité" }).click();
  await expect(page.getByRole("status")).toHaveText("L'activité est archivée.");
  await expect(page.getByRole("link", { name: nom })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Montrer les archivées" }).check();
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`${nom}.*archivée`) })).toBeVisible();
});
