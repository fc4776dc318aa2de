// Issue 22 §1: a save never silently undoes another. After any round trip of a form (a reshaping button, a save),
// every drop-down list keeps the submitted choice, so that saving again sends it again. With and without JavaScript.
import type { Page } from "@playwright/test";

import type { Db } from "@/lib/server/database";
import { champ, commande, creerActivite, creerGrille, enregistrerBrouillon } from "./support/admin";
import { ajouterEnfant } from "./support/famille";
import { expect, test, unique } from "./support/fixtures";

/** Waits for the form post of the next click (a server action with JavaScript, a page post without). */
const envoi = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST");

async function choixDeLaGrilleConserves(page: Page) {
  await creerActivite(page, { nom: `Cantine choix ${unique()}`, type: "Restauration scolaire", unite: "Repas" });
  await creerGrille(page, "Tranches de quotient familial");
  // One element per id (the mode's fieldset and list shared "champ-mode"), and the bracket help says the quotient is
  // rounded, as chosen, before being compared with the bounds.
  await expect(page.locator('[id="champ-mode"]')).toHaveCount(1);
  await expect(
    page.getByText(/Le quotient est d'abord arrondi \(à l'euro inférieur\), puis comparé aux bornes/),
  ).toBeVisible();
  await champ(page, "quotient.periode").selectOption({ label: "Annuel" });
  await commande(page, "Ajouter une colonne de prix", "colonnes.1.libelle");
  await expect(champ(page, "quotient.periode")).toHaveValue("annuel");
  await champ(page, "colonnes.0.libelle").fill("Résident");
  await champ(page, "colonnes.0.residence").selectOption({ label: "Résidents du territoire" });
  await champ(page, "colonnes.1.libelle").fill("Non-résident");
  await champ(page, "colonnes.1.residence").selectOption({ label: "Non-résidents" });
  await champ(page, "arrondi").selectOption({ index: 1 });
  const arrondi = await champ(page, "arrondi").inputValue();

  // A reshaping button: the choices made before it are still there.
  await commande(page, "Ajouter une tranche", "tranches.1.min");
  await expect(champ(page, "quotient.periode")).toHaveValue("annuel");
  await expect(champ(page, "colonnes.0.residence")).toHaveValue("resident");
  await expect(champ(page, "colonnes.1.residence")).toHaveValue("non_resident");
  await expect(champ(page, "arrondi")).toHaveValue(arrondi);

  const tranches = [
    ["0", "6000", "1,00", "2,00"],
    ["6001", "", "3,00", "6,00"],
  ];
  for (const [i, [min, max, resident, nonResident]] of tranches.entries()) {
    await champ(page, `tranches.${i}.min`).fill(min!);
    await champ(page, `tranches.${i}.max`).fill(max!);
    await champ(page, `tranches.${i}.prix.0`).fill(resident!);
    await champ(page, `tranches.${i}.prix.1`).fill(nonResident!);
  }
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await expect(champ(page, "quotient.periode")).toHaveValue("annuel");
  await expect(champ(page, "colonnes.0.residence")).toHaveValue("resident");

  // Saving again, untouched, keeps every choice: the draft read back from the database still has them.
  const reponse = envoi(page);
  await enregistrerBrouillon(page);
  await reponse;
  await page.goto(page.url());
  await expect(champ(page, "quotient.periode")).toHaveValue("annuel");
  await expect(champ(page, "colonnes.0.residence")).toHaveValue("resident");
  await expect(champ(page, "colonnes.1.residence")).toHaveValue("non_resident");
  await expect(champ(page, "arrondi")).toHaveValue(arrondi);
}

test("éditeur de grille : les listes gardent le choix après un aller-retour, puis un second enregistrement", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await choixDeLaGrilleConserves(page);
});

test("éditeur de grille : les listes gardent le choix après un aller-retour, sans JavaScript @sans-js", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await choixDeLaGrilleConserves(page);
});

/** Enrolment: the "Fréquence" of each activity, after a refused choice and after going back to the step. */
async function frequenceConservee(page: Page, db: Db) {
  await ajouterEnfant(page, { prenom: "Lina", nom: "MARTIN", naissance: "2020-03-03", classe: "MS" });
  await page.goto("/espace");
  await page.getByRole("button", { name: "Inscrire mes enfants à des activités" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisir les activités");
  const groupe = page.getByRole("group", { name: /^Lina/ });
  const frequence = groupe.getByLabel(/^Fréquence pour Restauration scolaire/);
  const cantine = groupe.getByRole("checkbox", { name: /Restauration scolaire/ });

  // A refused round trip (no activity ticked): the frequency chosen is still there.
  await frequence.selectOption("occasionnelle");
  await page.getByRole("button", { name: "Continuer : calcul du tarif" }).click();
  await expect(page.getByText("Choisissez au moins une activité pour un enfant.").first()).toBeVisible();
  await expect(frequence).toHaveValue("occasionnelle");

  await cantine.check();
  await page.getByRole("button", { name: "Continuer : calcul du tarif" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calcul du tarif");
  const etape = page.url().replace(/\/tarification.*$/, "/activites");

  // Back to the step: the saved choice is shown, and continuing again, untouched, keeps it.
  await page.goto(etape);
  await expect(cantine).toBeChecked();
  await expect(frequence).toHaveValue("occasionnelle");
  await page.getByRole("button", { name: "Continuer : calcul du tarif" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calcul du tarif");
  await page.goto(etape);
  await expect(cantine).toBeChecked();
  await expect(frequence).toHaveValue("occasionnelle");
  const demandeId = etape.split("/").at(-2)!;
  const inscriptions = await db.inscription.findMany({ where: { demandeId }, select: { frequence: true } });
  expect(inscriptions.map((i) => i.frequence)).toEqual(["occasionnelle"]);
}

test("inscription : la fréquence choisie reste après un refus et après un retour à l'étape", async ({
  page,
  connecterFamille,
  db,
}) => {
  await connecterFamille(page);
  await frequenceConservee(page, db);
});

test("inscription : la fréquence choisie reste, sans JavaScript @sans-js", async ({ page, connecterFamille, db }) => {
  await connecterFamille(page);
  await frequenceConservee(page, db);
});

/** An activity's characteristics: lists and day boxes after a refused save, a save, a second save. */
async function caracteristiquesConservees(page: Page) {
  const nom = `Accueil choix ${unique()}`;
  await creerActivite(page, { nom, type: "Restauration scolaire", unite: "Repas" });
  const enregistrer = () => page.getByRole("button", { name: "Enregistrer l'activité" }).click();
  const jours = page.getByRole("group", { name: "Jours" });
  await page.getByLabel("Type").selectOption({ label: "Accueil du soir" });
  await page.getByLabel("Unité de vente").selectOption({ index: 1 });
  const unite = await page.getByLabel("Unité de vente").inputValue();
  await jours.getByRole("checkbox", { name: "Mercredi" }).check();
  await jours.getByRole("checkbox", { name: "Lundi" }).uncheck();

  // Refused (no name): every choice is still on screen.
  await page.getByLabel("Nom de l'activité").fill("");
  await enregistrer();
  await expect(page.getByText("Le formulaire contient des erreurs").first()).toBeVisible();
  const verifier = async () => {
    await expect(page.getByLabel("Type")).toHaveValue("accueil_soir");
    await expect(page.getByLabel("Unité de vente")).toHaveValue(unite);
    await expect(jours.getByRole("checkbox", { name: "Mercredi" })).toBeChecked();
    await expect(jours.getByRole("checkbox", { name: "Lundi" })).not.toBeChecked();
  };
  await verifier();

  await page.getByLabel("Nom de l'activité").fill(nom);
  await enregistrer();
  await expect(page.getByText("L'activité est enregistrée.")).toBeVisible();
  await verifier();
  const reponse = envoi(page);
  await enregistrer();
  await reponse;
  await page.goto(page.url());
  await verifier();
}

test("activité : les listes et les jours restent après un refus, un enregistrement et un second", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await caracteristiquesConservees(page);
});

test("activité : les listes et les jours restent, sans JavaScript @sans-js", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await caracteristiquesConservees(page);
});

/**
 * Tax settings: the income-year policy after a refused save (the collectivité is shared by every test: its policy is
 * only saved unchanged), and the resource of a tax date after a refused then accepted save.
 */
async function reglagesFiscauxConserves(page: Page) {
  await page.goto("/admin/fiscalite");
  const politique = page.getByRole("group", { name: "Année de revenus demandée" });
  const actuelle = await politique.getByRole("radio", { checked: true }).getAttribute("value");
  const autre = actuelle === "n_moins_3" ? "n_moins_2" : "n_moins_3";
  const nom = await page.getByLabel("Nom de la collectivité").inputValue();
  await politique.locator(`input[value="${autre}"]`).check();
  await page.getByLabel("Nom de la collectivité").fill("");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("Le formulaire contient des erreurs").first()).toBeVisible();
  await expect(politique.locator(`input[value="${autre}"]`)).toBeChecked();

  // Saved as it was, twice: the policy shown is the saved one each time.
  await page.getByLabel("Nom de la collectivité").fill(nom);
  await politique.locator(`input[value="${actuelle}"]`).check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("La collectivité et sa politique d'année fiscale sont enregistrées.")).toBeVisible();
  await expect(politique.locator(`input[value="${actuelle}"]`)).toBeChecked();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("La collectivité et sa politique d'année fiscale sont enregistrées.")).toBeVisible();
  await page.goto("/admin/fiscalite");
  await expect(politique.locator(`input[value="${actuelle}"]`)).toBeChecked();

  // A tax date: the resource chosen survives a refused save (no date), then is the one saved.
  const annee = String(2000 + Math.floor(Math.random() * 20));
  await page.getByLabel("Revenus de l'année", { exact: true }).fill(annee);
  await page.getByLabel("Ressource").selectOption("ir_factures");
  await page.getByLabel("Disponibles à partir du").fill("");
  await page.getByRole("button", { name: "Enregistrer la date" }).click();
  await expect(page.getByText("Le formulaire contient des erreurs").first()).toBeVisible();
  await expect(page.getByLabel("Ressource")).toHaveValue("ir_factures");
  await page.getByLabel("Disponibles à partir du").fill(`${Number(annee) + 1}-07-24`);
  await page.getByRole("button", { name: "Enregistrer la date" }).click();
  await expect(page.getByText(`La date de taxation des revenus ${annee} est enregistrée.`)).toBeVisible();
  const ligne = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: annee, exact: true }) });
  await expect(ligne.first()).toContainText("Avis d'impôt (factures)");
  await ligne
    .first()
    .getByRole("button", { name: /Supprimer/ })
    .click();
  await expect(page.getByText("La date de taxation est supprimée.")).toBeVisible();
}

test("réglages fiscaux : la politique et la ressource restent après un refus et un enregistrement", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await reglagesFiscauxConserves(page);
});

test("réglages fiscaux : la politique et la ressource restent, sans JavaScript @sans-js", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await reglagesFiscauxConserves(page);
});
