import { fichiers } from "../tests/support/fichiers-de-test";
import { verifierAccessibilite } from "./support/axe";
import {
  ajouterEnfant,
  autoriserDonneesFiscales,
  choisirActivites,
  seConnecterAvecFranceConnect,
  tarifDe,
} from "./support/famille";
import { expect, test } from "./support/fixtures";

const CANTINE = /Restauration scolaire/;
const SOIR = /Accueil du soir/;

async function inscrireLesDeuxEnfantsDupont(page: import("@playwright/test").Page, nom: string) {
  await ajouterEnfant(page, { prenom: "Léo", nom, naissance: "2021-05-02", classe: "MS" });
  await ajouterEnfant(page, { prenom: "Jade", nom, naissance: "2019-09-10", classe: "GS" });
  await choisirActivites(page, { Léo: [CANTINE, SOIR], Jade: [CANTINE, SOIR] });
}

async function verifierRecapitulatifDupont(page: import("@playwright/test").Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Récapitulatif");
  const donnees = page.getByRole("region", { name: "Votre foyer fiscal" });
  await expect(donnees).toContainText("48 200 €");
  await expect(donnees).toContainText("Nombre de parts3");
  await expect(donnees).toContainText("12 RUE DES TILLEULS 00100 BELLECOMBE SUR LYS");
  await expect(donnees.getByText("certifié DGFiP (via FranceConnect), revenus 2025").first()).toBeVisible();
  await expect(page.getByText("résident du territoire")).toBeVisible();
  // QF 48 200 € / 3 parts / 12 = 1 338 € a month: canteen bracket at 4,10 €, evening care at 1,80 € an hour.
  for (const enfant of ["Léo", "Jade"]) {
    await expect(tarifDe(page, enfant, CANTINE)).toContainText("4,10 € par repas");
    await expect(tarifDe(page, enfant, SOIR)).toContainText("1,80 € par heure");
  }
  await expect(page.getByText("Vos inscriptions seront validées immédiatement")).toBeVisible();
}

test("couple marié : deux enfants à la cantine et à l'accueil du soir, données certifiées, tarifs calculés, validation automatique", async ({
  page,
}) => {
  await seConnecterAvecFranceConnect(page, "Marianne");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Marianne Claire DUPONT");
  await verifierAccessibilite(page);
  await inscrireLesDeuxEnfantsDupont(page, "DUPONT");
  await verifierAccessibilite(page);
  await expect(page.getByText("le revenu fiscal de référence")).toBeVisible();
  await expect(page.getByText(/revenus 2025 \(déclarés en 2026\)/)).toBeVisible();
  await autoriserDonneesFiscales(page);
  await verifierRecapitulatifDupont(page);
  await tarifDe(page, "Léo", CANTINE).getByText("Comment ce tarif est calculé").click();
  await expect(tarifDe(page, "Léo", CANTINE)).toContainText(/QF|quotient/i);
  await verifierAccessibilite(page);
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : Validée");
  await expect(page.getByText("Statut : Validée")).toHaveCount(4);
  await verifierAccessibilite(page);
  // Back to the (stale) summary and submit again: nothing is reserved or priced twice.
  await page.goBack();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : Validée");
  await expect(page.getByText("Statut : Validée")).toHaveCount(4);
  await page.goto(page.url().replace(/\?.*$/, "/recapitulatif"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : Validée");
});

test("le même parcours sans JavaScript @sans-js", async ({ page }) => {
  await seConnecterAvecFranceConnect(page, "Pierre");
  await inscrireLesDeuxEnfantsDupont(page, "DUPONT");
  await autoriserDonneesFiscales(page);
  await verifierRecapitulatifDupont(page);
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : Validée");
  await expect(page.getByText("Statut : Validée")).toHaveCount(4);
});

test("parents non mariés : le second parent autorise son propre foyer fiscal (prompt=login), la demande part en revue", async ({
  page,
}) => {
  await seConnecterAvecFranceConnect(page, "Julien");
  await page.goto("/espace/foyer");
  const second = page.getByRole("region", { name: "Second responsable légal" });
  await second.getByLabel("Prénom(s)").fill("Claire");
  await second.getByLabel("Nom", { exact: true }).fill("PETIT");
  await second.getByLabel("Date de naissance").fill("1987-05-09");
  await second.getByLabel("Adresse électronique (facultatif)").fill("claire.petit@exemple.test");
  await second.getByLabel("Déclare-t-il ses revenus séparément ?").selectOption("oui");
  await second.getByRole("button", { name: "Ajouter le second responsable" }).click();
  await expect(page.getByText("Le second responsable légal est enregistré.")).toBeVisible();
  await ajouterEnfant(page, { prenom: "Hugo", nom: "BERNARD", naissance: "2020-02-20", classe: "GS" });
  await choisirActivites(page, { Hugo: [CANTINE] });
  await autoriserDonneesFiscales(page);
  await expect(page.getByRole("region", { name: "Votre foyer fiscal" })).toContainText("31 500 €");
  await page.goto(page.url().replace("recapitulatif", "tarification"));
  await page.getByRole("link", { name: /Claire est avec moi/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autorisation du second parent");
  await verifierAccessibilite(page);
  await page.getByLabel(/Moi, Claire, j'accepte/).check();
  await page.getByRole("button", { name: /Autoriser et m'identifier avec FranceConnect/ }).click();
  // prompt=login: FranceConnect asks who is there, although Julien's session exists.
  await page.waitForURL(/\/interaction\//);
  await page.getByRole("radio", { name: /^Claire/ }).check();
  await page.getByRole("button", { name: "Se connecter avec cette personne" }).click();
  await page.getByLabel(/J'accepte que FranceConnect transmette ces données/).check();
  await page.getByRole("button", { name: /Continuer sur/ }).click();
  await page.waitForURL(/\/recapitulatif/);
  // Julien sees that Claire's data was obtained, never the data itself (issue 10 §2): not her RFR (24 300 €).
  const recapitulatif = page.url();
  await expect(page.getByRole("region", { name: "Foyer fiscal de Claire" })).toContainText("revenus 2025");
  await expect(page.getByRole("main")).not.toContainText("24 300");
  await expect(page.getByText("vos revenus et ceux du second parent sont à réunir")).toBeVisible();
  for (const autre of [recapitulatif.replace("recapitulatif", "tarification"), "/espace/donnees-fiscales"]) {
    await page.goto(autre);
    await expect(page.getByRole("region", { name: "Foyer fiscal de Claire", exact: true })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("24 300");
  }
  await page.goto(recapitulatif);
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : En cours d'examen par un agent");
  await expect(page.getByText("Statut : En cours d'examen par un agent")).toBeVisible();
});

test("panne de la DGFiP : la demande est enregistrée et confiée à un agent, la famille est prévenue, rien n'est perdu", async ({
  page,
  browser,
  connecter,
}) => {
  await seConnecterAvecFranceConnect(page, "Bruno");
  await ajouterEnfant(page, {
    prenom: "Inès",
    nom: "MARCHAND",
    naissance: "2018-11-30",
    classe: "CP",
    ecole: "École élémentaire Jean-Moulin (Bellecombe-sur-Lys)",
  });
  await choisirActivites(page, { Inès: [CANTINE] });
  await autoriserDonneesFiscales(page);
  await expect(page.getByText("Vos données fiscales n'ont pas été obtenues")).toBeVisible();
  await expect(page.getByText("les Finances publiques n'ont pas pu répondre")).toBeVisible();
  await verifierAccessibilite(page);
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : En cours d'examen par un agent");
  await expect(page.getByText("Elle est enregistrée, places réservées")).toBeVisible();
  // The agent finds it in the queue.
  const agent = await (await browser.newContext()).newPage();
  await connecter(agent, "agent");
  await agent.goto("/agent");
  await expect(agent.getByRole("article").filter({ hasText: "Bruno MARCHAND" }).first()).toContainText(
    "Service de la DGFiP indisponible",
  );
});

test("consentement refusé : la famille dépose son avis d'imposition, la demande attend l'examen d'un agent", async ({
  page,
}) => {
  await seConnecterAvecFranceConnect(page, "Henri");
  await page.goto("/espace/foyer");
  const coordonnees = page.getByRole("region", { name: "Coordonnées du foyer" });
  await coordonnees.getByLabel("Adresse (numéro et voie)").fill("1 avenue du Château");
  await coordonnees.getByLabel("Code postal").fill("00100");
  await coordonnees.getByLabel("Commune").fill("Bellecombe-sur-Lys");
  await coordonnees.getByRole("button", { name: "Enregistrer les coordonnées" }).click();
  await expect(page.getByText("Vos coordonnées sont enregistrées.")).toBeVisible();
  await ajouterEnfant(page, { prenom: "Victor", nom: "DE VILLIERS", naissance: "2020-06-01", classe: "GS" });
  await choisirActivites(page, { Victor: [CANTINE] });
  await page.getByRole("button", { name: "Déposer mon avis d'imposition" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déposer mon avis d'imposition");
  await verifierAccessibilite(page);
  await page
    .getByLabel("Fichier")
    .setInputFiles({ name: "avis-2026.pdf", mimeType: "application/pdf", buffer: fichiers.pdf() });
  await page.getByRole("button", { name: "Déposer l'avis" }).click();
  await expect(page.getByText("est déposée")).toBeVisible();
  await page.getByRole("link", { name: "Continuer : récapitulatif" }).click();
  await expect(page.getByText("Votre tarif sera établi par un agent")).toBeVisible();
  await expect(page.getByText("un agent établira votre tarif d'après votre avis d'imposition")).toBeVisible();
  await expect(tarifDe(page, "Victor", CANTINE)).toContainText("(provisoire)");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : En cours d'examen par un agent");
  await expect(page.getByText("vous n'avez pas autorisé la récupération de vos données fiscales")).toBeVisible();
  await page.goto("/espace/donnees-fiscales");
  await expect(page.getByText(/Refusé le/)).toBeVisible();
});
