// The agent's decision forms, with and without JavaScript: a choice (a radio button, a reason, a request), sent,
// and the expected result — in the database and on the family's side. Also issue 22 §3: the family's "À faire"
// reminder names the collectivité and disappears once the family has answered.
import type { Browser, Page } from "@playwright/test";

import type { Db } from "@/lib/server/database";
import type { DefinitionGrille } from "@/lib/tarifs/domain/definition.schema";
import { semerDossier, type Instruction } from "@/tests/support/dossier-de-test";
import { verifierAccessibilite } from "./support/axe";
import { expect, test, type CompteDeTest } from "./support/fixtures";

const COLLECTIVITE = "la Communauté de communes du Val de Lys";

// Long journeys (two browsers, several round-trips): three times the usual time on a loaded machine.
test.beforeEach(() => test.slow());

/** The demo's school year, one school with a canteen and an evening care priced by published grids. */
async function instructionDeLaDemo(db: Db): Promise<Instruction> {
  const activites = await db.activite.findMany({
    where: {
      type: { in: ["cantine", "accueil_soir"] },
      archiveeLe: null,
      grilles: { some: { versions: { some: { statut: "publiee" } } } },
    },
    select: {
      id: true,
      type: true,
      ecoleId: true,
      anneeScolaireId: true,
      grilles: { select: { versions: { where: { statut: "publiee" }, select: { id: true, definition: true } } } },
    },
  });
  const cantine = activites.find((a) => a.type === "cantine" && a.ecoleId);
  const soir = activites.find((a) => a.type === "accueil_soir" && a.ecoleId === cantine?.ecoleId);
  if (!cantine || !soir)
    throw new Error("la démonstration n'a pas de cantine et d'accueil du soir dans une même école");
  const version = (a: typeof cantine) => {
    const v = a.grilles.flatMap((g) => g.versions)[0]!;
    return { id: a.id, versionId: v.id, definition: v.definition as unknown as DefinitionGrille };
  };
  const annee = await db.anneeScolaire.findUniqueOrThrow({ where: { id: cantine.anneeScolaireId } });
  const ecole = await db.ecole.findUniqueOrThrow({ where: { id: cantine.ecoleId! } });
  // Only the school year, the school and the activities are read by semerDossier.
  return { annee, ecole, cantine: version(cantine), soir: version(soir) } as unknown as Instruction;
}

/** A dossier waiting for the agents, whose household is the signed-in family's. */
async function dossierDeLaFamille(db: Db, famille: CompteDeTest) {
  const d = await semerDossier(db, await instructionDeLaDemo(db), { nom: famille.nom, naissances: ["2019-05-04"] });
  await db.responsableLegal.update({ where: { id: d.responsableId }, data: { compteId: famille.id } });
  return d;
}

async function ouvrirEtPrendre(agent: Page, dossierId: string) {
  await agent.goto(`/agent/dossiers/${dossierId}`);
  await agent.getByRole("button", { name: "Prendre ce dossier" }).click();
  await expect(agent.getByText("Pris en charge par vous")).toBeVisible();
}

async function pageAgent(
  browser: Browser,
  javaScript: boolean,
  connecter: (p: Page, r: "agent") => Promise<CompteDeTest>,
) {
  const agent = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
  await connecter(agent, "agent");
  return agent;
}

async function demanderPuisValider(
  page: Page,
  browser: Browser,
  db: Db,
  connecter: (p: Page, r: "agent" | "citoyen") => Promise<CompteDeTest>,
  javaScript: boolean,
) {
  const famille = await connecter(page, "citoyen");
  const d = await dossierDeLaFamille(db, famille);
  const agent = await pageAgent(browser, javaScript, connecter);
  await ouvrirEtPrendre(agent, d.dossierId);

  // Ask the family for something: the dossier waits, the family has a reminder that names the collectivité.
  await agent.getByLabel("Ce qui est attendu de la famille").fill("Votre avis d'imposition 2025");
  await agent.getByLabel("Message à la famille").fill("Merci de déposer votre avis d'imposition 2025.");
  await agent.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(agent.getByText("La demande est envoyée à la famille ; le dossier attend sa réponse.")).toBeVisible();
  expect((await db.dossier.findUniqueOrThrow({ where: { id: d.dossierId } })).statut).toBe("attente_famille");

  await page.goto("/espace");
  const rappel = page.getByRole("link", { name: `Répondre à ${COLLECTIVITE} : Votre avis d'imposition 2025` });
  await expect(rappel).toBeVisible();
  await rappel.click();
  await expect(page.getByText("Ce qui est attendu de vous")).toBeVisible();
  await page.getByLabel(`Écrire à ${COLLECTIVITE}`).fill("Voici mon avis, déposé dans mes pièces.");
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByText("Votre message est envoyé à l'agent.")).toBeVisible();
  await page.goto("/espace");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bonjour");
  await expect(page.getByRole("link", { name: /Votre avis d'imposition 2025/ })).toHaveCount(0);
  await page.goto(`/espace/demandes/${d.demandeId}`);
  await expect(page.getByText("Ce qui est attendu de vous")).toHaveCount(0);

  // Validate with a residence chosen by radio button: the choice reaches the decision.
  await agent.goto(`/agent/dossiers/${d.dossierId}`);
  await agent.getByRole("radio", { name: "Non résident" }).check();
  await agent.getByRole("button", { name: "Valider le dossier" }).click();
  await agent.waitForURL(/resultat=valide/);
  await expect(agent.getByText("Le dossier est validé : les inscriptions en attente sont validées.")).toBeVisible();
  await verifierAccessibilite(agent);
  expect((await db.dossier.findUniqueOrThrow({ where: { id: d.dossierId } })).statut).toBe("valide");
  const audit = await db.journalAudit.findFirstOrThrow({ where: { cibleId: d.dossierId, action: "dossier.valider" } });
  expect(audit.details).toMatchObject({ residence: "non_resident" });
  await page.goto(`/espace/demandes/${d.demandeId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : Validée");
}

async function rejeter(
  page: Page,
  browser: Browser,
  db: Db,
  connecter: (p: Page, r: "agent" | "citoyen") => Promise<CompteDeTest>,
  javaScript: boolean,
) {
  const famille = await connecter(page, "citoyen");
  const d = await dossierDeLaFamille(db, famille);
  const agent = await pageAgent(browser, javaScript, connecter);
  await ouvrirEtPrendre(agent, d.dossierId);
  // Too short a reason: the error is next to the field, the summary leads to it, nothing is decided.
  await agent.getByLabel("Motif du rejet").fill("Non");
  await agent.getByRole("button", { name: "Rejeter le dossier" }).click();
  await expect(agent.getByRole("alert").filter({ hasText: "1 erreur à corriger" })).toBeVisible();
  await expect(agent.getByRole("link", { name: /10 caractères/ })).toHaveAttribute("href", "#rejet-motif");
  expect((await db.dossier.findUniqueOrThrow({ where: { id: d.dossierId } })).statut).toBe("en_cours");
  await agent.getByLabel("Motif du rejet").fill("Enfant non scolarisé dans une école du territoire.");
  await agent.getByRole("button", { name: "Rejeter le dossier" }).click();
  await agent.waitForURL(/resultat=rejete/);
  await expect(agent.getByText("Le dossier est rejeté")).toBeVisible();
  expect((await db.dossier.findUniqueOrThrow({ where: { id: d.dossierId } })).statut).toBe("rejete");
  const places = await db.inscription.count({ where: { demandeId: d.demandeId, placeReservee: true } });
  expect(places).toBe(0);
}

test("décision de l'agent : demander à la famille (rappel puis réponse), puis valider avec une résidence choisie", async ({
  page,
  browser,
  db,
  connecter,
}) => {
  await demanderPuisValider(page, browser, db, connecter, true);
});

test("décision de l'agent, sans JavaScript : demander, répondre, valider avec une résidence choisie @sans-js", async ({
  page,
  browser,
  db,
  connecter,
}) => {
  await demanderPuisValider(page, browser, db, connecter, false);
});

test("décision de l'agent : rejeter, d'abord avec un motif trop court", async ({ page, browser, db, connecter }) => {
  await rejeter(page, browser, db, connecter, true);
});

test("décision de l'agent, sans JavaScript : rejeter @sans-js", async ({ page, browser, db, connecter }) => {
  await rejeter(page, browser, db, connecter, false);
});
