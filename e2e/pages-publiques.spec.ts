import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

const PAGES = [
  { chemin: "/", titre: "Inscrire vos enfants à la cantine et aux activités périscolaires" },
  { chemin: "/mentions-legales", titre: "Mentions légales" },
  { chemin: "/donnees-personnelles", titre: "Données personnelles" },
  { chemin: "/accessibilite", titre: "Déclaration d'accessibilité" },
  { chemin: "/plan-du-site", titre: "Plan du site" },
  { chemin: "/page-qui-n-existe-pas", titre: "Page introuvable" },
];

test("la santé répond 200 et dit la base (PostgreSQL) joignable", async ({ request }) => {
  const r = await request.get("/api/health");
  expect(r.status()).toBe(200);
  expect(await r.json()).toMatchObject({
    statut: "ok",
    application: "ok",
    base: { statut: "ok", genre: "postgresql" },
  });
});

test("l'accueil présente le portail et la collectivité de démonstration", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAGES[0]!.titre);
  await expect(page.getByRole("banner")).toContainText("Communauté de communes du Val de Lys");
  await expect(page.getByRole("link", { name: "Se connecter" }).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("les en-têtes de sécurité sont posés (CSP avec nonce, cadre interdit)", async ({ request }) => {
  const r = await request.get("/");
  const csp = r.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(r.headers()["x-content-type-options"]).toBe("nosniff");
});

for (const p of PAGES) {
  test(`axe ne trouve aucune violation sur ${p.chemin}`, async ({ page }) => {
    await page.goto(p.chemin);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.titre);
    await verifierAccessibilite(page);
  });

  test(`${p.chemin} se lit sur un écran de 360 px sans défilement horizontal`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(p.chemin);
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(largeur).toBeLessThanOrEqual(360);
  });
}

test("les pages publiques s'affichent sans JavaScript @sans-js", async ({ page }) => {
  for (const p of PAGES) {
    await page.goto(p.chemin);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.titre);
  }
});
