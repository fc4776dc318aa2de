// Admins see the e-mails the relay did not take (given up, or waiting for another attempt): their status, attempts
// and the relay's last reply, never the recipient nor the body.
import type { Page } from "@playwright/test";

import type { Db } from "@/lib/server/database";
import { verifierAccessibilite } from "./support/axe";
import { expect, test, unique, type CompteDeTest } from "./support/fixtures";

async function courrielsEnEchec(db: Db) {
  const u = unique();
  const ilYA = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  const commun = { corps: `Bonjour,\n\nLien secret ${u}`, creeLe: ilYA(30) };
  await db.courrielSortant.createMany({
    data: [
      {
        ...commun,
        destinataire: `refuse.${u}@exemple.test`,
        sujet: `Refusé ${u}`,
        tentatives: 1,
        derniereErreur: "SMTP 550",
        abandonneLe: ilYA(29),
      },
      {
        ...commun,
        destinataire: `injoignable.${u}@exemple.test`,
        sujet: `Abandonné ${u}`,
        tentatives: 5,
        derniereErreur: "ESOCKET",
        abandonneLe: ilYA(1),
      },
      {
        ...commun,
        destinataire: `occupe.${u}@exemple.test`,
        sujet: `Réessayé ${u}`,
        tentatives: 2,
        derniereErreur: "SMTP 451",
        prochaineTentativeLe: new Date(Date.now() + 3600_000),
      },
      { ...commun, destinataire: `parti.${u}@exemple.test`, sujet: `Envoyé ${u}`, tentatives: 1, envoyeLe: ilYA(29) },
    ],
  });
  return u;
}

async function verifierListe(page: Page, u: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Courriels non distribués");
  const ligne = (sujet: string) => page.getByRole("row").filter({ hasText: `${sujet} ${u}` });
  await expect(ligne("Refusé")).toContainText("Refusé définitivement par le serveur de messagerie");
  await expect(ligne("Refusé")).toContainText("SMTP 550");
  await expect(ligne("Abandonné")).toContainText("Abandonné après 5 tentatives");
  await expect(ligne("Abandonné")).toContainText("ESOCKET");
  await expect(ligne("Réessayé")).toContainText("Nouvel essai prévu");
  await expect(ligne("Réessayé")).toContainText("SMTP 451");
  await expect(ligne("Envoyé")).toHaveCount(0);
  const texte = await page.locator("main").innerText();
  expect(texte).not.toContain("@exemple.test");
  expect(texte).not.toContain("Lien secret");
}

async function ouvrirDepuisLeMenu(page: Page, connecter: (p: Page, r: "admin") => Promise<CompteDeTest>) {
  await connecter(page, "admin");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Courriels" }).click();
  await expect(page).toHaveURL(/\/admin\/courriels$/);
}

test("un administrateur voit les courriels non distribués, sans destinataire ni contenu", async ({
  page,
  connecter,
  db,
}) => {
  const u = await courrielsEnEchec(db);
  await ouvrirDepuisLeMenu(page, connecter);
  await verifierListe(page, u);
  await verifierAccessibilite(page);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("courriels non distribués sans JavaScript @sans-js", async ({ page, connecter, db }) => {
  const u = await courrielsEnEchec(db);
  await ouvrirDepuisLeMenu(page, connecter);
  await verifierListe(page, u);
});
