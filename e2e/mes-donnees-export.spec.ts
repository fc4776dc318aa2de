import { readFileSync } from "node:fs";

import { fichiers } from "../tests/support/fichiers-de-test";
import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

test("la famille voit ce que le portail détient et exporte ses données en JSON", async ({ page, connecterFamille }) => {
  const { email } = await connecterFamille(page);
  await page.goto("/espace/mes-donnees/documents");
  await page.getByLabel("Nature de la pièce").selectOption({ label: "Avis d'imposition" });
  await page
    .getByLabel("Fichier")
    .setInputFiles({ name: "avis.pdf", mimeType: "application/pdf", buffer: fichiers.pdf() });
  await page.getByRole("button", { name: "Déposer la pièce" }).click();
  await expect(page.getByRole("status")).toContainText("est déposée");

  await page.goto("/espace/mes-donnees");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes données personnelles");
  await expect(page.getByRole("definition").filter({ hasText: email })).toContainText("Sacha Essai");
  await expect(page.getByText("1 pièce", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Données personnelles" }).last()).toHaveAttribute(
    "href",
    "/donnees-personnelles",
  );
  await verifierAccessibilite(page);

  const [telechargement] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click(),
  ]);
  expect(telechargement.suggestedFilename()).toMatch(/^mes-donnees-portail-famille-\d{4}-\d{2}-\d{2}\.json$/);
  const donnees = JSON.parse(readFileSync(await telechargement.path(), "utf8"));
  expect(donnees).toMatchObject({
    format: "portail-famille/donnees-personnelles/v1",
    compte: { email, prenoms: "Sacha", nomUsage: "Essai", connexion: { motDePasseDefini: true } },
  });
  expect(donnees.foyer.responsablesLegaux).toEqual([
    expect.objectContaining({ rang: 1, prenoms: "Sacha", titulaireDeCeCompte: true }),
  ]);
  expect(donnees.foyer.pieces).toEqual([
    expect.objectContaining({ nomFichier: "avis.pdf", type: "avis_imposition", typeMime: "application/pdf" }),
  ]);
  expect(JSON.stringify(donnees)).not.toMatch(/motDePasseHash|scrypt\$/);

  const r = await page.request.get("/espace/mes-donnees/export");
  expect(r.headers()).toMatchObject({
    "content-type": "application/json; charset=utf-8",
    "x-content-type-options": "nosniff",
  });
  expect(r.headers()["content-disposition"]).toMatch(/^attachment; /);
  expect(r.headers()["cache-control"]).toContain("no-store");
});

test("l'export est refusé à un visiteur", async ({ request }) => {
  expect((await request.get("/espace/mes-donnees/export")).status()).toBe(401);
});

test("la page Mes données se lit sur 360 px", async ({ page, connecterFamille }) => {
  await connecterFamille(page);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const chemin of ["/espace/mes-donnees", "/espace/mes-donnees/fermer-mon-compte"]) {
    await page.goto(chemin);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), chemin).toBeLessThanOrEqual(360);
  }
});
