// The back-office as it stands before the citizen journey feeds it: the queue, its filters and empty states, the
// "next dossier" action, unknown dossiers, accessibility, 360 px, keyboard, JavaScript off, and the refusals a
// family meets. (The decisions on real dossiers are proven by lib/instruction/*.int.test.ts, and the journey
// "family submits → agent decides" by instruction-parcours.spec.ts.)
import type { Page } from "@playwright/test";

import { verifierAccessibilite } from "./support/axe";
import { expect, test, type CompteDeTest } from "./support/fixtures";

const INCONNU = "00000000-0000-4000-8000-000000000000";
const nomIntrouvable = () => `Zzyxkw${Math.floor(Math.random() * 1e9)}`;
const MESSAGE_FILE_VIDE = "Aucun dossier à traiter et libre ne correspond à ces critères pour le moment.";

/** The alert a form shows (Next.js keeps an empty route announcer with the same role). */
const alerte = (page: Page, texte: string) => page.getByRole("alert").filter({ hasText: texte });

/** The filters as the GET form sent them (every field, in form order). */
async function parametres(page: Page, attendus: Record<string, string>) {
  await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject(attendus);
}

async function ouvrirLaFile(page: Page, connecter: (page: Page, role: "agent") => Promise<CompteDeTest>) {
  await connecter(page, "agent");
  await page.goto("/agent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");
}

test("la file : filtres, état vide, compte rendu en français, axe", async ({ page, connecter }) => {
  await ouvrirLaFile(page, connecter);
  await expect(
    page.getByText(
      /^(Aucun dossier ouvert : l'automatisation a tout réglé\.|\d+ dossiers? ouverts?, du plus ancien au plus récent\.)$/,
    ),
  ).toBeVisible();
  await verifierAccessibilite(page);

  const nom = nomIntrouvable();
  const filtres = page.getByRole("search", { name: "Filtrer les dossiers" });
  await filtres.getByLabel("Nom de famille").fill(nom);
  await filtres.getByLabel("Statut").selectOption({ label: "En attente de la famille" });
  await filtres.getByLabel("Motif").selectOption({ label: "Service de la DGFiP indisponible" });
  await filtres.getByLabel("Attribution").selectOption({ label: "Mes dossiers" });
  await filtres.getByRole("button", { name: "Filtrer" }).click();
  await parametres(page, { statut: "attente_famille", raison: "echec_api", attribution: "moi", recherche: nom });
  await expect(page.getByText("Aucun dossier ne correspond à ces critères.")).toBeVisible();
  await expect(filtres.getByLabel("Nom de famille")).toHaveValue(nom);
  await expect(filtres.getByLabel("Motif")).toHaveValue("echec_api");
  // The current reason stays offered (with its count), plus a way back to every reason.
  await expect(page.getByRole("link", { name: "Service de la DGFiP indisponible (0)" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await verifierAccessibilite(page);

  await page.getByRole("link", { name: "Effacer les filtres" }).click();
  await expect(page).toHaveURL(/\/agent$/);
  await expect(filtres.getByLabel("Nom de famille")).toHaveValue("");
});

test("une adresse bricolée retombe sur la file par défaut, sans erreur", async ({ page, connecter }) => {
  await ouvrirLaFile(page, connecter);
  await page.goto("/agent?statut=supprime&raison=pirate&attribution=lui&annee=2026&page=-3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");
  await expect(page.getByLabel("Statut")).toHaveValue("ouverts");
  await expect(page.getByLabel("Motif", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Année scolaire")).toHaveValue("");
});

test("prendre le dossier suivant quand aucun ne correspond : dit en français, sans quitter la file", async ({
  page,
  connecter,
}) => {
  await ouvrirLaFile(page, connecter);
  await page.goto(`/agent?recherche=${nomIntrouvable()}`);
  await page.getByRole("button", { name: "Prendre le dossier suivant" }).click();
  await expect(alerte(page, MESSAGE_FILE_VIDE)).toHaveText(MESSAGE_FILE_VIDE);
  await expect(page).toHaveURL(/\/agent\?recherche=/);
});

test("un dossier inconnu ou une adresse qui n'est pas un identifiant : page introuvable", async ({
  page,
  connecter,
}) => {
  await ouvrirLaFile(page, connecter);
  for (const chemin of [`/agent/dossiers/${INCONNU}`, "/agent/dossiers/pas-un-identifiant"]) {
    const reponse = await page.goto(chemin);
    expect(reponse?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  }
  await verifierAccessibilite(page);
});

test("la file se lit sur un écran de 360 px sans défilement horizontal", async ({ page, connecter }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await ouvrirLaFile(page, connecter);
  await page.goto(`/agent?raison=echec_api&recherche=${nomIntrouvable()}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await verifierAccessibilite(page);
});

test("au clavier seul : chercher un nom et filtrer", async ({ page, connecter }) => {
  await ouvrirLaFile(page, connecter);
  const champ = page.getByLabel("Nom de famille");
  for (let n = 0; n < 40 && !(await champ.evaluate((e) => e === document.activeElement)); n++)
    await page.keyboard.press("Tab");
  await expect(champ).toBeFocused();
  const nom = nomIntrouvable();
  await page.keyboard.type(nom);
  await page.keyboard.press("Enter");
  await parametres(page, { recherche: nom });
  await expect(page.getByText("Aucun dossier ne correspond à ces critères.")).toBeVisible();
});

test("sans JavaScript : filtres et dossier suivant fonctionnent @sans-js", async ({ page, connecter }) => {
  await ouvrirLaFile(page, connecter);
  const nom = nomIntrouvable();
  await page.getByLabel("Nom de famille").fill(nom);
  await page.getByLabel("Attribution").selectOption("non_attribues");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await parametres(page, { attribution: "non_attribues", recherche: nom });
  await expect(page.getByText("Aucun dossier ne correspond à ces critères.")).toBeVisible();
  await page.getByRole("button", { name: "Prendre le dossier suivant" }).click();
  await expect(alerte(page, MESSAGE_FILE_VIDE)).toHaveText(MESSAGE_FILE_VIDE);
  // (axe needs JavaScript in the page: the same page is checked by the tests above.)
});

test("une famille connectée : « Accès refusé » sur la file et sur un dossier ; sans session, la connexion", async ({
  page,
  browser,
  connecterFamille,
}) => {
  // (Without a session, the area's layout sends to sign-in before the page can name its own return path.)
  await connecterFamille(page);
  for (const chemin of ["/agent", `/agent/dossiers/${INCONNU}`]) {
    await page.goto(chemin);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  }
  const visiteur = await browser.newContext();
  const p = await visiteur.newPage();
  await p.goto(`/agent/dossiers/${INCONNU}`);
  await expect(p).toHaveURL(/\/connexion\?retour=%2Fagent/);
  await visiteur.close();
});

test("une action du back-office rejouée avec la session d'une famille est refusée", async ({
  page,
  browser,
  connecter,
  connecterFamille,
}) => {
  // The agent's page is on screen; the family's session cookie then replaces the agent's in that browser.
  await ouvrirLaFile(page, connecter);
  await page.goto(`/agent?recherche=${nomIntrouvable()}`);
  const bouton = page.getByRole("button", { name: "Prendre le dossier suivant" });
  await bouton.click();
  await expect(alerte(page, MESSAGE_FILE_VIDE)).toHaveText(MESSAGE_FILE_VIDE);

  const famille = await browser.newContext();
  const pf = await famille.newPage();
  await connecterFamille(pf);
  const cookie = (await famille.cookies()).find((c) => c.name === "next-auth.session-token");
  expect(cookie).toBeDefined();
  await page.context().addCookies([cookie!]);
  await famille.close();

  await bouton.click();
  await expect(alerte(page, "autorisée")).toHaveText("Cette action n'est pas autorisée pour votre compte.");
  await expect(alerte(page, MESSAGE_FILE_VIDE)).toHaveCount(0);
});
