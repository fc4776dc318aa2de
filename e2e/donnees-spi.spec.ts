// Issue 10's reproduction: a local account with a made-up name types the Dupont household's numéro fiscal on the
// tariff step. The DGFiP answers, but nothing of that foyer reaches the account: not on the summary, not back on the
// tariff step, not in the JSON export. The family is told its data arrived and is being checked by an agent, who
// sees the answer flagged with the identity to compare it against.
import type { Page } from "@playwright/test";

import { verifierAccessibilite } from "./support/axe";
import { ajouterEnfant, choisirActivites } from "./support/famille";
import { expect, test } from "./support/fixtures";

/** Marianne Dupont's numéro fiscal in the simulators' population (foyer Dupont, RFR 48 200 €). */
const SPI_DUPONT = "3012345678901";
/** What the DGFiP holds on the Dupont foyer: none of it may be shown to, or exported for, someone else. */
const DONNEES_DUPONT = [
  /48\s?200/,
  /LEFEVRE/i,
  /DUPONT/i,
  /1986-03-14/,
  /14\/03\/1986/,
  /RUE DES TILLEULS/i,
  /Marianne/,
];

async function saisirLeNumeroDesDupont(page: Page) {
  await ajouterEnfant(page, { prenom: "Noé", nom: "ESSAI", naissance: "2021-05-02", classe: "MS" });
  await choisirActivites(page, { Noé: [/Restauration scolaire/] });
  await page.getByLabel("Numéro fiscal").fill(SPI_DUPONT);
  await page.getByLabel("Votre date de naissance").fill("1990-01-01");
  await page
    .getByLabel(/^J'accepte que la Communauté de communes du Val de Lys obtienne ces données auprès de la DGFiP/)
    .check();
  await page.getByRole("button", { name: "Autoriser et obtenir mes données" }).click();
  await page.waitForURL(/\/recapitulatif/);
}

async function rienDesDupont(page: Page) {
  const texte = await page.locator("main").innerText();
  for (const motif of DONNEES_DUPONT) expect(texte, `${page.url()} montre ${motif}`).not.toMatch(motif);
}

async function verifier(page: Page, o: { axe: boolean }) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Récapitulatif");
  await expect(page.getByText("Vos données fiscales ont été reçues et sont en cours de vérification")).toBeVisible();
  await expect(page.getByText("vous verrez le tarif retenu après sa validation")).toBeVisible();
  await rienDesDupont(page);
  // axe runs a script in the page: not in the JavaScript-off project.
  if (o.axe) await verifierAccessibilite(page);

  await page.goto(page.url().replace(/recapitulatif$/, "tarification"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calcul du tarif");
  await rienDesDupont(page);

  const r = await page.request.get("/espace/mes-donnees/export");
  expect(r.status()).toBe(200);
  const exporte = await r.text();
  for (const motif of DONNEES_DUPONT) expect(exporte, `l'export contient ${motif}`).not.toMatch(motif);
  expect(exporte).not.toContain(SPI_DUPONT);
}

test("un compte local qui saisit le numéro fiscal des Dupont n'en voit rien ; on lui dit que ses données sont vérifiées", async ({
  page,
  browser,
  db,
  connecter,
  connecterFamille,
}) => {
  await connecterFamille(page);
  await saisirLeNumeroDesDupont(page);
  await verifier(page, { axe: true });

  // Sent: the agent sees the answer flagged, the family still nothing of it.
  await page.goto(page.url().replace(/tarification$/, "recapitulatif"));
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : En cours d'examen par un agent");
  await rienDesDupont(page);
  const demandeId = page.url().match(/demandes\/([0-9a-f-]{36})/)![1]!;
  const dossier = await db.dossier.findFirstOrThrow({ where: { demandeId }, select: { id: true } });
  const agent = await (await browser.newContext()).newPage();
  await connecter(agent, "agent");
  await agent.goto(`/agent/dossiers/${dossier.id}`);
  await expect(
    agent.getByText(
      "À vérifier : compte sans identité certifiée par FranceConnect ; déclarants différents de l'identité connue",
    ),
  ).toBeVisible();
  await expect(
    agent.getByText("Titulaire du compte : Sacha Essai, né(e) le 1 janvier 1990, identité déclarée"),
  ).toBeVisible();
  await verifierAccessibilite(agent);
});

test("le même essai sans JavaScript @sans-js", async ({ page, connecterFamille }) => {
  await connecterFamille(page);
  await saisirLeNumeroDesDupont(page);
  await verifier(page, { axe: false });
});
