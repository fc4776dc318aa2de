import type { Page } from "@playwright/test";

import { fichiers } from "../tests/support/fichiers-de-test";
import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

const PAGE = "/espace/mes-donnees/documents";
const gros = () => ({
  name: "gros.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.concat([fichiers.pdf(), Buffer.alloc(10.5 * 1024 * 1024 - fichiers.pdf().length)]),
});
/** Beyond the body limit of server actions (12 MB, next.config.ts): the action never sees it. */
const tresGros = () => ({
  name: "scan.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.concat([fichiers.pdf(), Buffer.alloc(13 * 1024 * 1024 - fichiers.pdf().length)]),
});

async function deposer(page: Page, nature: string, fichier: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Nature de la pièce").selectOption({ label: nature });
  await page.getByLabel("Fichier").setInputFiles(fichier);
  await page.getByRole("button", { name: "Déposer la pièce" }).click();
}

test("une famille dépose son avis d'imposition, le voit listé et le télécharge réécrit, en pièce jointe", async ({
  page,
  db,
  connecterFamille,
}) => {
  await connecterFamille(page);
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes pièces justificatives");
  await expect(page.getByText("Aucune pièce déposée pour le moment.")).toBeVisible();
  await verifierAccessibilite(page);

  await deposer(page, "Avis d'imposition", {
    name: "Avis d'impôt 2025.pdf",
    mimeType: "application/pdf",
    buffer: fichiers.pdf(),
  });
  await expect(page.getByRole("status")).toContainText("La pièce « Avis d'impôt 2025.pdf » est déposée");
  const lien = page.getByRole("link", { name: "Télécharger Avis d'impôt 2025.pdf" });
  await expect(lien).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: lien })).toContainText("Avis d'imposition");
  await verifierAccessibilite(page);

  const [telechargement] = await Promise.all([page.waitForEvent("download"), lien.click()]);
  expect(telechargement.suggestedFilename()).toBe("Avis d'impôt 2025.pdf");
  const chemin = await telechargement.path();
  const { readFileSync } = await import("node:fs");
  const { createHash } = await import("node:crypto");
  // The PDF is served as stored: rewritten by the sanitiser, its fingerprint the one recorded at deposit.
  const recu = readFileSync(chemin);
  expect(recu.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(recu.equals(fichiers.pdf())).toBe(false);
  const empreinte = createHash("sha256").update(recu).digest("hex");
  expect(await db.document.count({ where: { sha256: empreinte } })).toBeGreaterThan(0);

  const r = await page.request.get((await lien.getAttribute("href"))!);
  expect(r.status()).toBe(200);
  expect(r.headers()).toMatchObject({ "content-type": "application/pdf", "x-content-type-options": "nosniff" });
  expect(r.headers()["content-disposition"]).toMatch(
    /^attachment; filename="Avis d'impot 2025\.pdf"; filename\*=UTF-8''/,
  );
  expect(r.headers()["cache-control"]).toContain("no-store");
  expect(r.headers()["content-security-policy"]).toContain("sandbox");
});

test("un programme renommé, un PDF avec JavaScript, un fichier vide ou trop lourd sont refusés près du champ, rien n'est listé", async ({
  page,
  connecterFamille,
}) => {
  await connecterFamille(page);
  await page.goto(PAGE);
  const cas = [
    {
      fichier: { name: "avis.pdf", mimeType: "application/pdf", buffer: fichiers.exe() },
      message: "ni un PDF, ni une image PNG ou JPEG",
    },
    {
      fichier: { name: "avis.pdf", mimeType: "application/pdf", buffer: fichiers.pdfJavaScript() },
      message: "contenu actif",
    },
    { fichier: { name: "vide.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) }, message: "un fichier vide" },
  ];
  for (const c of cas) {
    await deposer(page, "Avis d'imposition", c.fichier);
    await expect(page.locator("#champ-fichier-erreur")).toContainText(c.message);
    await expect(page.getByLabel("Fichier")).toHaveAttribute("aria-invalid", "true");
    // The chosen kind of document is kept for the next try.
    await expect(page.getByLabel("Nature de la pièce")).toHaveValue("avis_imposition");
  }
  await verifierAccessibilite(page);
  // Too heavy: said as soon as the file is chosen, and the choice is undone.
  await page.getByLabel("Fichier").setInputFiles(tresGros());
  await expect(page.getByRole("alert").filter({ hasText: "13 Mo : la taille maximale est de 10 Mo" })).toBeVisible();
  await page.getByLabel("Fichier").setInputFiles(gros());
  await expect(page.getByRole("alert").filter({ hasText: "10,5 Mo : la taille maximale est de 10 Mo" })).toBeVisible();
  await page.getByRole("button", { name: "Déposer la pièce" }).click();
  await expect(page.locator("#champ-fichier-erreur")).toHaveText(
    "Choisissez un fichier à déposer (aucun fichier reçu, ou un fichier vide).",
  );
  await expect(page.getByText("Aucune pièce déposée pour le moment.")).toBeVisible();
});

test("la pièce d'une famille est introuvable pour une autre, et pour un visiteur", async ({
  page,
  browser,
  connecterFamille,
}) => {
  await connecterFamille(page);
  await page.goto(PAGE);
  await deposer(page, "Attestation de quotient familial CAF", {
    name: "caf.png",
    mimeType: "image/png",
    buffer: fichiers.png(40, 30),
  });
  const href = (await page.getByRole("link", { name: "Télécharger caf.png" }).getAttribute("href"))!;
  const autre = await browser.newContext();
  const p2 = await autre.newPage();
  expect((await p2.request.get(href)).status()).toBe(401);
  await connecterFamille(p2);
  const r = await p2.request.get(href);
  expect(r.status()).toBe(404);
  expect(await r.text()).toBe("Pièce introuvable.");
  await autre.close();
});

test("la page des pièces se lit sur 360 px", async ({ page, connecterFamille }) => {
  await connecterFamille(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PAGE);
  await deposer(page, "Autre justificatif", {
    name: `${"justificatif-au-nom-tres-long-".repeat(4)}.jpg`,
    mimeType: "image/jpeg",
    buffer: fichiers.jpeg(),
  });
  await expect(page.getByRole("status")).toContainText("est déposée");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("dépôt sans JavaScript : la pièce est listée ; un refus s'affiche près du champ @sans-js", async ({
  page,
  connecterFamille,
}) => {
  await connecterFamille(page);
  await page.goto(PAGE);
  await deposer(page, "Avis d'imposition", {
    name: "photo.exe",
    mimeType: "application/octet-stream",
    buffer: fichiers.jpeg(),
  });
  await expect(page.getByRole("link", { name: "Télécharger photo.jpg" })).toBeVisible();
  await deposer(page, "Avis d'imposition", {
    name: "avis.pdf",
    mimeType: "application/pdf",
    buffer: fichiers.pdfJavaScriptDansFluxObjets(),
  });
  await expect(page.locator("#champ-fichier-erreur")).toContainText("contenu actif");
  // Without JavaScript the size is checked by the server.
  await deposer(page, "Avis d'imposition", gros());
  await expect(page.locator("#champ-fichier-erreur")).toContainText("10,5 Mo : la taille maximale est de 10 Mo");
  // Beyond the body limit of server actions: the same page, the same clear message, never a bare error page.
  await deposer(page, "Avis d'imposition", tresGros());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes pièces justificatives");
  await expect(page.getByRole("alert").filter({ hasText: "13 Mo : la taille maximale est de 10 Mo" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Télécharger / })).toHaveCount(1);
  // Said once: the page shown again afterwards no longer carries it.
  await page.reload();
  await expect(page.getByText("13 Mo : la taille maximale")).toHaveCount(0);
});
