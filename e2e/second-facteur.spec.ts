// The second factor of local agents and admins through the pages, with and without JavaScript: enrolment (QR code,
// key, first code, recovery codes shown once), sign-in with the app's code or a recovery code, a wrong code refused
// in French, and a session past the password but not the second factor kept out of /agent, /admin, their actions
// and their routes. Fixture sessions of agents and admins count as verified (e2e/support/fixtures.ts).
import type { APIRequestContext, Page } from "@playwright/test";

import { empreinteCodeSecours, genererCodesSecours } from "@/lib/comptes/domain/totp";
import { COMPTES_DEMO } from "@/lib/demo/seed";
import { verifierAccessibilite } from "./support/axe";
import { codeDeLApplication, seConnecterLocalement } from "./support/comptes";
import { URL_PORTAIL_E2E } from "./support/environnement";
import { creerCompte, expect, ouvrirSession, test } from "./support/fixtures";

const champCode = (page: Page) => page.getByLabel(/^Code à 6 chiffres/);

// Two sign-ins and two axe analyses per journey: on a loaded 2-core machine, more than the default 90 s.
async function enrolementPuisConnexion(
  page: Page,
  nouveau: () => Promise<Page>,
  compte: { email: string; motDePasse: string },
  // axe runs inside the page: only with JavaScript (the other projects' journeys do the same).
  axe: boolean,
) {
  test.slow();
  const verifierAxe = async (p: Page) => {
    if (axe) await verifierAccessibilite(p);
  };
  await seConnecterLocalement(page, compte);
  await page.waitForURL("**/connexion/second-facteur/enrolement**");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enregistrer votre second facteur");
  await expect(page.getByRole("img", { name: /Code QR/ }).locator("svg")).toBeVisible();
  await verifierAxe(page);
  const secret = ((await page.locator("main code").first().textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

  await champCode(page).fill("000000");
  await page.getByRole("button", { name: "Activer le second facteur" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Code incorrect");
  // La même clé après l'erreur : l'application déjà configurée reste la bonne.
  await expect(page.locator("main code").first()).toHaveText(secret.match(/.{1,4}/g)!.join(" "));
  await champCode(page).fill(codeDeLApplication(secret));
  await page.getByRole("button", { name: "Activer le second facteur" }).click();
  const codes = page.getByRole("list", { name: "Codes de secours" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expect(page.getByText("ils ne seront plus jamais affichés")).toBeVisible();
  await verifierAxe(page);
  await page.getByRole("link", { name: "J'ai noté mes codes : continuer" }).click();
  await page.waitForURL("**/agent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");

  // Connexion suivante, ailleurs : mot de passe, puis code ; un code faux est refusé en français.
  const ailleurs = await nouveau();
  await seConnecterLocalement(ailleurs, compte);
  await ailleurs.waitForURL("**/connexion/second-facteur?**");
  await expect(ailleurs.getByRole("heading", { level: 1 })).toHaveText("Second facteur");
  await verifierAxe(ailleurs);
  await champCode(ailleurs).fill("123 456");
  await ailleurs.getByRole("button", { name: "Vérifier" }).click();
  await expect(ailleurs.locator("form").getByRole("alert")).toContainText(
    "Code incorrect : saisissez le code à 6 chiffres affiché maintenant par votre application, ou un code de secours.",
  );
  await expect(champCode(ailleurs)).toHaveAttribute("aria-invalid", "true");
  await champCode(ailleurs).fill(codeDeLApplication(secret));
  await ailleurs.getByRole("button", { name: "Vérifier" }).click();
  await ailleurs.waitForURL("**/agent");
  await expect(ailleurs.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");
}

test("un agent enregistre son second facteur à sa première connexion, puis se connecte avec un code", async ({
  page,
  browser,
  db,
}) => {
  const compte = await creerCompte(db, "agent", { secondFacteur: false });
  await enrolementPuisConnexion(page, async () => (await browser.newContext()).newPage(), compte, true);
});

test("le même parcours sans JavaScript @sans-js", async ({ page, browser, db }) => {
  const compte = await creerCompte(db, "agent", { secondFacteur: false });
  await enrolementPuisConnexion(
    page,
    async () => (await browser.newContext({ javaScriptEnabled: false })).newPage(),
    compte,
    false,
  );
});

async function avecCodeDeSecours(page: Page, db: Parameters<typeof creerCompte>[0]) {
  test.slow();
  const admin = await creerCompte(db, "admin");
  const codes = genererCodesSecours(2);
  await db.codeSecours.createMany({
    data: codes.map((c) => ({ compteId: admin.id, empreinte: empreinteCodeSecours(c) })),
  });
  await seConnecterLocalement(page, { email: admin.email, motDePasse: admin.motDePasse });
  await page.waitForURL("**/connexion/second-facteur?**");
  await champCode(page).fill(codes[0]!.toLowerCase());
  await page.getByRole("button", { name: "Vérifier" }).click();
  await page.waitForURL("**/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
  // Utilisé, il ne sert plus.
  await page.context().clearCookies();
  await seConnecterLocalement(page, { email: admin.email, motDePasse: admin.motDePasse });
  await page.waitForURL("**/connexion/second-facteur?**");
  await champCode(page).fill(codes[0]!);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Code incorrect");
  expect(await db.codeSecours.count({ where: { compteId: admin.id, utiliseLe: null } })).toBe(1);
}

test("un administrateur sans son téléphone se connecte avec un code de secours, une seule fois", async ({
  page,
  db,
}) => {
  await avecCodeDeSecours(page, db);
});

test("code de secours sans JavaScript @sans-js", async ({ page, db }) => {
  await avecCodeDeSecours(page, db);
});

/** The hidden fields with which a page's form calls its server action without JavaScript. */
async function champsDAction(requete: APIRequestContext, chemin: string): Promise<Record<string, string>> {
  const html = await (await requete.get(chemin)).text();
  const champs: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g))
    champs[m[1]!] = (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#x27;", "'");
  expect(Object.keys(champs).length, "le formulaire porte son action").toBeGreaterThan(0);
  return champs;
}

test("après le mot de passe seul, ni /agent ni /admin, ni leurs actions ni leurs exports @sans-js", async ({
  page,
  browser,
  connecter,
  db,
}) => {
  // Une session d'administrateur complète, pour obtenir le formulaire d'une action et l'adresse d'un export.
  await connecter(page, "admin");
  const action = await champsDAction(page.request, "/admin/territoire");
  await page.goto("/admin/grilles");
  await page.locator('main a[href^="/admin/grilles/"]:not([href*="nouvelle"])').first().click();
  const version = await page.locator('main a[href*="/versions/"]').first().getAttribute("href");

  const contexte = await browser.newContext({ javaScriptEnabled: false });
  const admin = await creerCompte(db, "admin");
  await ouvrirSession(db, contexte, admin.id, { secondFacteur: false });
  const enAttente = await contexte.newPage();
  for (const chemin of ["/agent", "/admin", "/admin/territoire"]) {
    await enAttente.goto(chemin);
    await expect(enAttente, chemin).toHaveURL(/\/connexion\/second-facteur\?retour=%2F(agent|admin)/);
    await expect(enAttente.getByRole("heading", { level: 1 })).toHaveText("Second facteur");
  }
  const code = `97${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  await enAttente.request.post("/admin/territoire", {
    headers: { Origin: URL_PORTAIL_E2E },
    multipart: { ...action, codeInsee: code, nom: "Commune sans second facteur", codesPostaux: "97000" },
  });
  expect(await db.commune.count({ where: { codeInsee: code } }), "aucune commune ajoutée").toBe(0);
  const csv = await enAttente.request.get(`${version}/csv`, { maxRedirects: 0 });
  expect(csv.status()).toBe(303);
  expect(await db.journalAudit.count({ where: { acteurId: admin.id, action: { startsWith: "commune" } } })).toBe(0);
  // /connexion renvoie à l'étape en attente, qui propose d'annuler.
  await enAttente.goto("/connexion");
  await expect(enAttente).toHaveURL(/\/connexion\/second-facteur$/);
  await enAttente.getByRole("button", { name: "Annuler et revenir à la page de connexion" }).click();
  await expect(enAttente.getByRole("heading", { level: 1 })).toHaveText("Vous êtes déconnecté");
  await contexte.close();
});

test("en démonstration, /connexion et l'étape du second facteur montrent le code courant des comptes de démonstration", async ({
  page,
}) => {
  await page.goto("/connexion");
  await expect(page.getByText("Code du second facteur de ces deux comptes à cet instant")).toBeVisible();
  await seConnecterLocalement(page, COMPTES_DEMO.admin);
  await page.waitForURL("**/connexion/second-facteur?**");
  const code = (await page.getByText("Code du compte de démonstration à cet instant").locator("code").textContent())!;
  expect(code).toMatch(/^\d{6}$/);
  await champCode(page).fill(code);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await page.waitForURL("**/admin");
});
