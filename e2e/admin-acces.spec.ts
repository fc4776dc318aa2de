// The admin area is for admins only: pages say "Accès refusé" to an agent, the CSV download answers 403, and an
// admin action replayed from the agent's session changes nothing (the action itself checks the role).
import type { APIRequestContext } from "@playwright/test";

import { PAGES_FIXES_ADMIN } from "./support/admin";
import { URL_PORTAIL_E2E } from "./support/environnement";
import { expect, test } from "./support/fixtures";

const PAGES = [...PAGES_FIXES_ADMIN, "/admin/territoire/00101"];

test("un agent voit « Accès refusé » sur chaque page d'administration", async ({ page, connecter }) => {
  await connecter(page, "agent");
  for (const chemin of PAGES) {
    await page.goto(chemin);
    await expect(page.getByRole("heading", { level: 1 }), chemin).toHaveText("Accès refusé");
    await expect(page.getByRole("navigation", { name: "Administration" })).toHaveCount(0);
  }
});

/** The hidden fields with which a page's form calls its server action without JavaScript. */
async function champsDAction(requete: APIRequestContext, chemin: string): Promise<Record<string, string>> {
  const html = await (await requete.get(chemin)).text();
  const champs: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) {
    champs[m[1]!] = (m[2] ?? "")
      .replaceAll("&quot;", '"')
      .replaceAll("&amp;", "&")
      .replaceAll("&#x27;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">");
  }
  expect(Object.keys(champs).length, "le formulaire porte son action").toBeGreaterThan(0);
  return champs;
}

test("une action d'administration rejouée avec la session d'un agent ne change rien ; l'export CSV lui est refusé", async ({
  page,
  browser,
  connecter,
  db,
}) => {
  await connecter(page, "admin");
  const action = await champsDAction(page.request, "/admin/territoire");
  const agent = await browser.newContext();
  const pageAgent = await agent.newPage();
  await connecter(pageAgent, "agent");
  const code = `98${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  const rejouer = (requete: APIRequestContext, nom: string) =>
    requete.post("/admin/territoire", {
      headers: { Origin: URL_PORTAIL_E2E },
      multipart: { ...action, codeInsee: code, nom, codesPostaux: "98000" },
    });

  await rejouer(pageAgent.request, "Commune de l'agent");
  expect(await db.commune.count({ where: { codeInsee: code } }), "aucune commune ajoutée par l'agent").toBe(0);
  // The same request from the admin's session does add it: the refusal above is the role check, not a bad replay.
  await rejouer(page.request, "Commune rejouée");
  await page.goto("/admin/territoire");
  await expect(page.getByRole("row", { name: new RegExp(`${code} Commune rejouée`) })).toBeVisible();
  await page.getByRole("link", { name: "Modifier Commune rejouée" }).click();
  await page.getByRole("button", { name: "Retirer Commune rejouée du territoire" }).click();
  await expect(page.getByRole("status")).toHaveText(`La commune ${code} est retirée du territoire.`);

  await page.goto("/admin/grilles");
  await page.locator('main a[href^="/admin/grilles/"]:not([href*="nouvelle"])').first().click();
  const version = await page.locator('main a[href*="/versions/"]').first().getAttribute("href");
  expect((await page.request.get(`${version}/csv`)).status()).toBe(200);
  const refus = await pageAgent.request.get(`${version}/csv`);
  expect(refus.status()).toBe(403);
  expect(await refus.text()).toBe("Accès refusé : l'export des grilles est réservé aux administrateurs.");
  await agent.close();
});
