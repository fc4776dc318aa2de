// « Comptes et rôles » par les pages, avec et sans JavaScript : un administrateur invite un agent, l'agent active
// son compte par le lien reçu (boîte d'envoi de démonstration) et se connecte ; désactivé, sa session est fermée et
// il ne se connecte plus ; réactivé, il se reconnecte. Puis la restriction d'un agent à une école : la file et la
// page du dossier d'une autre école lui sont fermées (404), celles de son école ouvertes. axe sur les deux pages
// (avec JavaScript : axe s'exécute dans la page).
import type { Browser, Page } from "@playwright/test";

import type { Db } from "@/lib/server/database";
import { verifierAccessibilite } from "./support/axe";
import { enrolerSecondFacteur, seConnecterLocalement } from "./support/comptes";
import { expect, test, unique, type CompteDeTest } from "./support/fixtures";

type Connecter = (page: Page, role: "agent" | "admin") => Promise<CompteDeTest>;

const MOT_DE_PASSE = "Instruire-Les-Dossiers-2026";
const titre = (page: Page) => page.getByRole("heading", { level: 1 });

async function inviterActiverDesactiver(page: Page, browser: Browser, connecter: Connecter, axe: boolean) {
  // Deux navigateurs, deux connexions, trois analyses axe : un long parcours.
  test.slow();
  await connecter(page, "admin");
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Administration" })
    .getByRole("link", { name: "Comptes et rôles" })
    .click();
  await expect(titre(page)).toHaveText("Comptes et rôles");
  if (axe) await verifierAccessibilite(page);

  const email = `agent.${unique()}@commune.test`;
  await page.getByLabel("Prénom").fill("Noé");
  await page.getByLabel("Nom", { exact: true }).fill("Invité");
  await page.getByLabel("Adresse électronique professionnelle").fill(email);
  await page.getByRole("radio", { name: /^Agent/ }).check();
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText("L'invitation est envoyée")).toBeVisible();
  await expect(titre(page)).toHaveText("Noé Invité");
  const detail = page.url().replace(/\?.*$/, "");
  const derniereConnexion = page.locator("dt", { hasText: "Dernière connexion" }).locator("+ dd");
  await expect(derniereConnexion).toHaveText("Jamais");
  if (axe) await verifierAccessibilite(page);

  // L'agent, sur son propre appareil : le lien reçu, son mot de passe, la connexion.
  const agent = await (await browser.newContext()).newPage();
  await agent.goto("/boite-d-envoi");
  const lien = await agent
    .getByRole("listitem")
    .filter({ hasText: `À ${email}` })
    .filter({ hasText: "Votre compte d'agent" })
    .getByRole("link")
    .getAttribute("href");
  await agent.goto(lien!);
  await agent.getByLabel("Nouveau mot de passe").fill(MOT_DE_PASSE);
  await agent.getByLabel("Confirmation").fill(MOT_DE_PASSE);
  await agent.getByRole("button", { name: "Enregistrer" }).click();
  await expect(agent.getByText("Votre mot de passe a été changé")).toBeVisible();
  await seConnecterLocalement(agent, { email, motDePasse: MOT_DE_PASSE });
  // Première connexion d'un agent local : il enregistre d'abord son second facteur.
  const secretTotp = await enrolerSecondFacteur(agent);
  await agent.waitForURL("**/agent");
  await expect(titre(agent)).toHaveText("Instruction des dossiers");

  await page.goto(detail);
  await expect(derniereConnexion).not.toHaveText("Jamais");
  await page.getByRole("button", { name: "Désactiver le compte" }).click();
  await expect(page.getByText("Le compte est désactivé : ses sessions sont fermées.")).toBeVisible();

  // Sa session est fermée ; il ne se reconnecte pas.
  await agent.goto("/agent");
  await agent.waitForURL("**/connexion**");
  await seConnecterLocalement(agent, { email, motDePasse: MOT_DE_PASSE });
  await expect(agent.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();

  await page.getByRole("button", { name: "Réactiver le compte" }).click();
  await expect(page.getByText("Le compte est réactivé.")).toBeVisible();
  await seConnecterLocalement(agent, { email, motDePasse: MOT_DE_PASSE, secretTotp });
  await agent.waitForURL("**/agent");
  await page.goto("/admin/comptes");
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Actif");
}

/** Un dossier ouvert (attente de la famille : « prendre le suivant » ne le prend pas) d'un enfant de cette école. */
async function semerDossier(db: Db, ecoleId: string, nom: string) {
  const foyer = await db.foyer.create({
    data: {
      responsables: { create: { rang: 1, prenoms: "Léon", nom } },
      enfants: { create: { prenom: "Lou", nom, dateNaissance: new Date("2019-05-05T00:00:00Z"), ecoleId } },
    },
  });
  return db.dossier.create({ data: { foyerId: foyer.id, statut: "attente_famille", raisons: ["adresse_ambigue"] } });
}

async function restreindre(page: Page, agentId: string, ecole: string) {
  await page.goto(`/admin/comptes/${agentId}`);
  await page.getByRole("radio", { name: "Seulement ceux des communes et écoles cochées" }).check();
  const ecoles = page.getByRole("group", { name: "Écoles" });
  for (const c of await ecoles.getByRole("checkbox").all()) await c.uncheck();
  await ecoles.getByRole("checkbox", { name: ecole, exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer la restriction" }).click();
  await expect(page.getByText("La restriction est enregistrée.")).toBeVisible();
}

async function restreindreEtVerifierLaFile(page: Page, browser: Browser, connecter: Connecter, db: Db, axe: boolean) {
  test.slow();
  const ecoles = await db.ecole.findMany({ orderBy: { nom: "asc" }, take: 2, include: { commune: true } });
  expect(ecoles).toHaveLength(2);
  const [a, b] = ecoles as [(typeof ecoles)[number], (typeof ecoles)[number]];
  const libelle = (e: typeof a) => `${e.nom} (${e.commune.nom})`;
  const nom = `Perimetre${unique()}`;
  const dossier = await semerDossier(db, a.id, nom);
  const agentPage = await (await browser.newContext()).newPage();
  const agent = await connecter(agentPage, "agent");
  await connecter(page, "admin");

  await restreindre(page, agent.id, libelle(b));
  await expect(page.locator("dt", { hasText: "Restriction" }).locator("+ dd")).toHaveText(b.nom);
  if (axe) await verifierAccessibilite(page);
  await agentPage.goto(`/agent?recherche=${nom}`);
  await expect(agentPage.getByText("Aucun dossier ne correspond à ces critères.")).toBeVisible();
  expect((await agentPage.goto(`/agent/dossiers/${dossier.id}`))?.status()).toBe(404);

  await restreindre(page, agent.id, libelle(a));
  await agentPage.goto(`/agent?recherche=${nom}`);
  await expect(agentPage.getByRole("article").filter({ hasText: nom })).toBeVisible();
  expect((await agentPage.goto(`/agent/dossiers/${dossier.id}`))?.status()).toBe(200);
}

test("inviter un agent, qui active son compte ; le désactiver puis le réactiver", async ({
  page,
  browser,
  connecter,
}) => {
  await inviterActiverDesactiver(page, browser, connecter, true);
});

test("inviter, activer, désactiver, réactiver, sans JavaScript @sans-js", async ({ page, browser, connecter }) => {
  await inviterActiverDesactiver(page, browser, connecter, false);
});

test("restreindre un agent à une école : la file et les dossiers des autres écoles lui sont fermés", async ({
  page,
  browser,
  connecter,
  db,
}) => {
  await restreindreEtVerifierLaFile(page, browser, connecter, db, true);
});

test("restreindre un agent, sans JavaScript @sans-js", async ({ page, browser, connecter, db }) => {
  await restreindreEtVerifierLaFile(page, browser, connecter, db, false);
});
