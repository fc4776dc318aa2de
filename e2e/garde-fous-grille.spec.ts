// Issue 22 §2: guardrails of the grid editor. A bracket priced ten times its neighbours is flagged before publishing
// (never blocking), and a canteen grid says whether it fits the "cantine à 1 €" rules; a sibling step can be kept
// out of some brackets; the preview simulates a family. With and without JavaScript.
import type { Page } from "@playwright/test";

import { apercu, champ, commande, creerActivite, creerGrille, enregistrerBrouillon } from "./support/admin";
import { verifierAccessibilite } from "./support/axe";
import { expect, test, unique } from "./support/fixtures";

/** Waits for the form post of the next click (a server action with JavaScript, a page post without). */
const envoi = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST");

/** A canteen draft in two brackets, 1,00 € then 2,35 €, saved. */
async function cantineEnDeuxTranches(page: Page, nom: string) {
  await creerActivite(page, { nom: `${nom} ${unique()}`, type: "Restauration scolaire", unite: "Repas" });
  await creerGrille(page, "Tranches de quotient familial");
  await commande(page, "Ajouter une tranche", "tranches.1.min");
  const tranches = [
    ["0", "500", "1,00"],
    ["501", "", "2,35"],
  ];
  for (const [i, [min, max, prix]] of tranches.entries()) {
    await champ(page, `tranches.${i}.min`).fill(min!);
    await champ(page, `tranches.${i}.max`).fill(max!);
    await champ(page, `tranches.${i}.prix.0`).fill(prix!);
  }
}

async function reductionLimiteeATranches(page: Page) {
  await cantineEnDeuxTranches(page, "Cantine à 1 € et fratrie");
  await commande(page, "Ajouter un palier de fratrie", "fratrie.0.rang");
  await champ(page, "fratrie.0.rang").fill("3");
  await champ(page, "fratrie.0.pourcentage").fill("50");
  const exclues = page.getByRole("group", { name: "Palier 1, Tranches où la réduction ne s'applique pas" });
  const tranche1 = exclues.getByRole("checkbox", { name: "Tranche 1 (de 0 € à 500 €)" });
  const tranche2 = exclues.getByRole("checkbox", { name: /^Tranche 2/ });
  await tranche1.check();
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await expect(tranche1).toBeChecked();
  await expect(tranche2).not.toBeChecked();

  // A reshaping button, then saving again untouched: the choice stays, in the page and in the database.
  await commande(page, "Ajouter une tranche", "tranches.2.min");
  await expect(tranche1).toBeChecked();
  await page.getByRole("button", { name: "Retirer la tranche 3" }).press("Enter");
  await expect(champ(page, "tranches.2.min")).toHaveCount(0);
  await expect(tranche1).toBeChecked();
  const reponse = envoi(page);
  await enregistrerBrouillon(page);
  await reponse;
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await page.goto(page.url().replace(/[?#].*$/, ""));
  await expect(tranche1).toBeChecked();
  await expect(tranche2).not.toBeChecked();

  // The draft's preview: the 3rd child keeps 1,00 € in bracket 1, pays half in bracket 2, and the family is told why.
  const premiere = await apercu(page, { quotient: "300", rang: 3 });
  expect(premiere.prix).toBe("Tarif : 1,00 € par repas");
  expect(premiere.explication).toContain(
    "3e enfant inscrit : la réduction de fratrie à partir du 3e (50 % du tarif) ne s'applique pas à la tranche 1",
  );
  expect((await apercu(page, { quotient: "612", rang: 3 })).prix).toBe("Tarif : 1,18 € par repas");
}

test("éditeur de grille : une réduction de fratrie limitée à des tranches, choisie, enregistrée deux fois, gardée", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await reductionLimiteeATranches(page);
});

test("éditeur de grille : une réduction de fratrie limitée à des tranches, sans JavaScript @sans-js", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await reductionLimiteeATranches(page);
});

/** `axe`: with JavaScript only (axe runs as a script in the page). */
async function apercuFamilleSimulee(page: Page, { axe }: { axe: boolean }) {
  await cantineEnDeuxTranches(page, "Cantine aperçu famille");
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();

  const zone = page.locator("#apercu");
  const resultat = page.locator("#apercu-resultat");
  // Revenue and parts as on the tax notice: QF 22 032 / 3 / 12 = 612 € a month, bracket 2.
  await zone.getByRole("radio", { name: "Un revenu et un nombre de parts (avis d'imposition)" }).check();
  await zone.getByLabel("Revenu fiscal de référence (€ par an)").fill("22 032");
  await zone.getByLabel("Nombre de parts fiscales").fill("3");
  await zone.getByLabel("Résidence", { exact: true }).selectOption("non_resident");
  await zone.getByRole("checkbox", { name: "PAI (repas fourni par la famille)" }).check();
  await zone.getByRole("button", { name: "Calculer le tarif" }).click();
  await page.waitForURL((u) => u.searchParams.get("donnees") === "fiscal");
  await expect(resultat.locator("p").first()).toHaveText("Tarif : 2,35 € par repas");
  // The family's own explanation component, unfolded.
  const explication = resultat.locator("details");
  await expect(explication).toHaveAttribute("open", "");
  await expect(explication.getByText("Comment ce tarif est calculé")).toBeVisible();
  await expect(
    resultat.getByText(
      "Quotient familial : 612 € par mois (revenu fiscal de référence ÷ nombre de parts ÷ 12, arrondi à l'euro inférieur), saisi pour l'aperçu",
    ),
  ).toBeVisible();
  // The choices stay in the form after the question.
  await expect(zone.getByRole("radio", { name: /^Un revenu et un nombre de parts/ })).toBeChecked();
  await expect(zone.getByLabel("Nombre de parts fiscales")).toHaveValue("3");
  await expect(zone.getByRole("checkbox", { name: "PAI (repas fourni par la famille)" })).toBeChecked();
  await expect(zone.getByLabel("Résidence", { exact: true })).toHaveValue("non_resident");

  // A QF CAF without the CAF status: the field says so; with it, this grid (fiscal quotient) does not take a QF CAF.
  await zone.getByRole("radio", { name: "Un quotient familial CAF (allocataire)" }).check();
  await zone.getByLabel("Quotient CAF (€ par mois)").fill("612");
  await zone.getByRole("button", { name: "Calculer le tarif" }).click();
  await page.waitForURL((u) => u.searchParams.get("donnees") === "caf");
  await expect(page.locator('[id="case-allocataireCaf-oui-erreur"]')).toHaveText(
    "Un quotient CAF est celui d'un allocataire : cochez « Allocataire CAF »",
  );
  if (axe) await verifierAccessibilite(page);
  await zone.getByRole("checkbox", { name: "Allocataire CAF" }).check();
  await zone.getByRole("button", { name: "Calculer le tarif" }).click();
  await page.waitForURL((u) => u.searchParams.get("allocataireCaf") === "oui");
  await expect(
    resultat.getByText("Aucun quotient familial : le quotient connu n'est pas celui que demande cette grille."),
  ).toBeVisible();
  await expect(resultat.locator("p").first()).toHaveText("Tarif : 2,35 € par repas");
  if (axe) await verifierAccessibilite(page);
}

test("aperçu : simuler une famille par son revenu et ses parts, ou un QF CAF ; explication de la famille, axe", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await apercuFamilleSimulee(page, { axe: true });
});

test("aperçu : simuler une famille, sans JavaScript @sans-js", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await apercuFamilleSimulee(page, { axe: false });
});

async function prixSuspectSignale(page: Page) {
  await creerActivite(page, { nom: `Cantine garde-fous ${unique()}`, type: "Restauration scolaire", unite: "Repas" });
  await creerGrille(page, "Tranches de quotient familial");
  await commande(page, "Ajouter une tranche", "tranches.1.min");
  await commande(page, "Ajouter une tranche", "tranches.2.min");
  const tranches = [
    ["0", "500", "1,00"],
    ["501", "800", "35,00"],
    ["801", "", "3,00"],
  ];
  for (const [i, [min, max, prix]] of tranches.entries()) {
    await champ(page, `tranches.${i}.min`).fill(min!);
    await champ(page, `tranches.${i}.max`).fill(max!);
    await champ(page, `tranches.${i}.prix.0`).fill(prix!);
  }
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  const aVerifier = page.getByRole("link", { name: /Tranche 2, « Tarif » : 35,00\s€, dix fois ou plus/ });
  await expect(aVerifier).toBeVisible();
  await expect(aVerifier).toHaveAttribute("href", "#champ-tranches.1.prix.0");
  await expect(page.getByText(/remplit les conditions de la « cantine à 1 € »/)).toBeVisible();

  // Corrected: the warning goes away; a first bracket above 1 € is said, as information only.
  await champ(page, "tranches.1.prix.0").fill("2,50");
  await champ(page, "tranches.0.prix.0").fill("1,20");
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await expect(aVerifier).toHaveCount(0);
  await expect(page.getByText(/Première tranche, « Tarif » : 1,20\s€, plus de 1,00\s€/)).toBeVisible();
}

test("éditeur de grille : un prix dix fois celui des tranches voisines est signalé ; cantine à 1 €", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await prixSuspectSignale(page);
});

test("éditeur de grille : les mêmes signalements sans JavaScript @sans-js", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await prixSuspectSignale(page);
});
