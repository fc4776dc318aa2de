// A refused area answers 403 with a page that says so, without JavaScript too: Next.js 16 sends only an empty
// error document after forbidden() (vercel/next.js#57583), so the proxy checks the role of /agent and /admin first
// and answers with the "Accès refusé" page itself.
import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

for (const sansJs of [false, true]) {
  const etiquette = sansJs ? " @sans-js" : "";

  test(`une famille lit « Accès refusé » (403) sur /agent et /admin${etiquette}`, async ({
    page,
    connecterFamille,
  }) => {
    await connecterFamille(page);
    for (const chemin of [
      "/agent",
      "/agent/dossiers/00000000-0000-4000-8000-000000000000",
      "/admin",
      "/admin/journal",
    ]) {
      const r = await page.goto(chemin);
      expect(r?.status(), chemin).toBe(403);
      await expect(page.getByRole("heading", { level: 1 }), chemin).toHaveText("Accès refusé");
      await expect(page.getByRole("link", { name: "Retour à l'accueil" }), chemin).toBeVisible();
      // The person is still signed in, and told so by the header.
      await expect(page.getByRole("button", { name: "Se déconnecter" }), chemin).toBeVisible();
    }
    if (!sansJs) await verifierAccessibilite(page);
  });

  test(`un agent lit « Accès refusé » (403) sur l'administration, mais ouvre la file${etiquette}`, async ({
    page,
    connecter,
  }) => {
    await connecter(page, "agent");
    for (const chemin of ["/admin", "/admin/territoire"]) {
      const r = await page.goto(chemin);
      expect(r?.status(), chemin).toBe(403);
      await expect(page.getByRole("heading", { level: 1 }), chemin).toHaveText("Accès refusé");
    }
    const r = await page.goto("/agent");
    expect(r?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruction des dossiers");
  });
}

test("sans session, /agent mène toujours à la connexion @sans-js", async ({ page }) => {
  await page.goto("/agent");
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fagent/);
});
