// HTTP statuses say what a page says: a refused area answers 403 (not 200 with "Accès refusé"), an address whose
// id is not an id answers 404 (never a database error, 500), with and without JavaScript.
// Known limit (Next.js 16, vercel/next.js#57583): after forbidden() or notFound() thrown by a page or layout, the
// server sends the status and an empty error document whose content appears only once JavaScript runs. Without
// JavaScript the status is checked, not the text.
import { PAGES_FIXES_ADMIN } from "./support/admin";
import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

const MAL_FORME = "000000000000000000000000000000000000";

const PAGES_FAMILLE = [
  `/espace/enfants/${MAL_FORME}`,
  `/espace/demandes/${MAL_FORME}`,
  `/espace/demandes/${MAL_FORME}/activites`,
  `/espace/demandes/${MAL_FORME}/tarification`,
  `/espace/demandes/${MAL_FORME}/recapitulatif`,
  `/espace/demandes/${MAL_FORME}/second-parent`,
  `/espace/demandes/${MAL_FORME}/avis`,
];

const PAGES_ADMIN_MAL_FORMEES = [
  `/admin/activites/${MAL_FORME}`,
  `/admin/ecoles/${MAL_FORME}`,
  `/admin/annees/${MAL_FORME}`,
  `/admin/grilles/${MAL_FORME}`,
  `/admin/grilles/${MAL_FORME}/versions/${MAL_FORME}`,
];

for (const sansJs of [false, true]) {
  const etiquette = sansJs ? " @sans-js" : "";

  test(`une famille reçoit 403 « Accès refusé » sur /agent et /admin${etiquette}`, async ({
    page,
    connecterFamille,
  }) => {
    await connecterFamille(page);
    for (const chemin of ["/agent", "/agent/dossiers/" + MAL_FORME, "/admin", "/admin/territoire"]) {
      const r = await page.goto(chemin);
      expect(r?.status(), chemin).toBe(403);
      if (!sansJs) await expect(page.getByRole("heading", { level: 1 }), chemin).toHaveText("Accès refusé");
    }
    if (!sansJs) await verifierAccessibilite(page);
  });

  test(`un agent reçoit 403 sur chaque page d'administration${etiquette}`, async ({ page, connecter }) => {
    await connecter(page, "agent");
    for (const chemin of PAGES_FIXES_ADMIN) {
      const r = await page.goto(chemin);
      expect(r?.status(), chemin).toBe(403);
      if (!sansJs) await expect(page.getByRole("heading", { level: 1 }), chemin).toHaveText("Accès refusé");
    }
  });

  test(`un identifiant mal formé dans l'adresse donne 404 « Page introuvable »${etiquette}`, async ({
    page,
    browser,
    connecterFamille,
    connecter,
  }) => {
    await connecterFamille(page);
    for (const chemin of PAGES_FAMILLE) {
      const r = await page.goto(chemin);
      expect(r?.status(), chemin).toBe(404);
      if (!sansJs) await expect(page.getByRole("heading", { level: 1 }), chemin).toHaveText("Page introuvable");
    }
    expect((await page.request.get(`/api/documents/${MAL_FORME}`)).status()).toBe(404);
    const contexte = await browser.newContext({ javaScriptEnabled: !sansJs });
    const admin = await contexte.newPage();
    await connecter(admin, "admin");
    for (const chemin of PAGES_ADMIN_MAL_FORMEES) {
      const r = await admin.goto(chemin);
      expect(r?.status(), chemin).toBe(404);
    }
    await contexte.close();
  });
}
