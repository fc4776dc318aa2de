import type { APIRequestContext, Page } from "@playwright/test";

import { verifierAccessibilite } from "./support/axe";
import { URL_PORTAIL_E2E } from "./support/environnement";
import { expect, test } from "./support/fixtures";

async function jusquAuChoixDeLaPersonne(page: Page) {
  await page.goto("/connexion");
  await page.getByRole("button", { name: /S.identifier avec FranceConnect/ }).click();
  await page.waitForURL(/\/interaction\//);
}

/**
 * The sign-in, driven at the HTTP level (cookies kept for both hosts) up to the moment FranceConnect sends the
 * browser back to the portal's callback: returns that callback URL, not yet visited.
 */
async function jusquAuRetourVersLePortail(request: APIRequestContext, personne: string): Promise<URL> {
  let r = await request.post("/api/connexion/franceconnect", {
    headers: { origin: URL_PORTAIL_E2E },
    form: {},
    maxRedirects: 0,
  });
  let url = new URL(r.headers()["location"]!, URL_PORTAIL_E2E);
  for (let i = 0; i < 10; i++) {
    if (url.pathname === "/api/auth/callback/franceconnect") return url;
    r = await request.get(url.toString(), { maxRedirects: 0 });
    if (r.status() >= 300 && r.status() < 400) {
      url = new URL(r.headers()["location"]!, url);
      continue;
    }
    const action = /<form method="post" action="([^"]+\/persona)"/.exec(await r.text())?.[1];
    if (!action) throw new Error(`page inattendue chez FranceConnect : ${url}`);
    r = await request.post(new URL(action.replaceAll("&amp;", "&"), url).toString(), {
      form: { persona: personne },
      maxRedirects: 0,
    });
    url = new URL(r.headers()["location"]!, url);
  }
  throw new Error("trop de redirections");
}

test("une personne se connecte par FranceConnect, arrive dans son espace à son nom, se déconnecte : la session FranceConnect est fermée aussi", async ({
  page,
}) => {
  await jusquAuChoixDeLaPersonne(page);
  await page.getByRole("radio", { name: /^Sophie/ }).check();
  await page.getByRole("button", { name: "Se connecter avec cette personne" }).click();
  await page.waitForURL("**/espace");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Sophie MARTIN");
  await page.goto("/espace/foyer");
  await expect(page.getByText("Certifiée par FranceConnect (INSEE)")).toBeVisible();
  await page.goto("/agent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes déconnecté");
  // FranceConnect's return went through the portal's check of the logout state, which cleared it.
  await expect(page).toHaveURL(/\/deconnexion$/);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("pf-deconnexion-etat");
  // Signing in again shows FranceConnect's login page: no single sign-on, its session is gone.
  await jusquAuChoixDeLaPersonne(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion avec FranceConnect");
});

test("un retour de déconnexion dont le state n'est pas celui envoyé : la personne se voit déconnectée, l'état est effacé", async ({
  page,
}) => {
  await page.context().addCookies([{ name: "pf-deconnexion-etat", value: "etat-envoye", url: URL_PORTAIL_E2E }]);
  await page.goto("/api/deconnexion/retour?state=etat-falsifie");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes déconnecté");
  await expect(page).toHaveURL(/\/deconnexion$/);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("pf-deconnexion-etat");
});

test("annuler chez FranceConnect ramène à la connexion avec une explication en français et une autre voie", async ({
  page,
}) => {
  await jusquAuChoixDeLaPersonne(page);
  await page.getByRole("button", { name: /Annuler et revenir/ }).click();
  await page.waitForURL(/\/connexion\?error=access_denied/);
  await expect(page.getByRole("alert").filter({ hasText: "annulé" })).toContainText(
    "Vous avez annulé la connexion avec FranceConnect",
  );
  await expect(page.getByRole("heading", { name: "Avec un compte du portail" })).toBeVisible();
  await verifierAccessibilite(page);
});

for (const [cas, falsifier] of [
  ["un iss qui n'est pas celui de FranceConnect", (u: URL) => u.searchParams.set("iss", "http://127.0.0.1:9/api/v2")],
  ["un state qui n'est pas celui envoyé", (u: URL) => u.searchParams.set("state", "state-falsifie-par-un-attaquant")],
] as const) {
  test(`le portail refuse un retour de FranceConnect avec ${cas}`, async ({ request }) => {
    const retour = await jusquAuRetourVersLePortail(request, "amelie-roux");
    // Control: the genuine answer carries iss and state.
    expect(retour.searchParams.get("iss")).toMatch(/\/api\/v2$/);
    falsifier(retour);
    const r = await request.get(retour.toString(), { maxRedirects: 0 });
    expect(r.status()).toBeGreaterThanOrEqual(300);
    expect(r.headers()["set-cookie"] ?? "").not.toContain("next-auth.session-token");
    const page = await request.get(r.headers()["location"]!);
    expect(new URL(page.url()).searchParams.get("error")).toBe("OAuthCallback");
    expect(await page.text()).toContain("La réponse de FranceConnect n&#x27;a pas pu être vérifiée");
    const espace = await request.get("/espace", { maxRedirects: 0 });
    expect(espace.headers()["location"]).toMatch(/\/connexion\?retour=/);
  });
}

test("contrôle : le même retour non falsifié ouvre la session", async ({ request }) => {
  const retour = await jusquAuRetourVersLePortail(request, "eric-lambert");
  const r = await request.get(retour.toString(), { maxRedirects: 0 });
  expect(r.headers()["set-cookie"] ?? "").toContain("next-auth.session-token");
  const espace = await request.get("/espace");
  expect(await espace.text()).toMatch(/Bonjour (<!-- -->)?Éric LAMBERT/);
});

test("connexion FranceConnect sans JavaScript @sans-js", async ({ page }) => {
  await jusquAuChoixDeLaPersonne(page);
  await page.getByRole("radio", { name: /^Karim/ }).check();
  await page.getByRole("button", { name: "Se connecter avec cette personne" }).click();
  await page.waitForURL("**/espace");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Karim BENALI");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes déconnecté");
});
