// Issue 22 §2: school years. An empty "Rentrée" is a field error on the same page (not the error page); the creation
// form is pre-filled with the year after the latest one; a year created by mistake, with no activity, is deleted.
import type { Page } from "@playwright/test";

import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

/** `libelleSaisi`: typed instead of the pre-filled year (the run without JavaScript, where axe cannot run either). */
async function anneeCreeeParErreurPuisSupprimee(page: Page, libelleSaisi?: string) {
  await page.goto("/admin/annees");
  const ajout = page.getByRole("region", { name: "Préparer une nouvelle année" });
  const rentree = ajout.getByLabel("Rentrée");
  const prevue = await rentree.inputValue();
  await rentree.fill("");
  await ajout.getByRole("button", { name: "Créer l'année scolaire" }).click();
  await expect(ajout.locator("#champ-debut-erreur")).toHaveText("Rentrée : date requise");
  await expect(ajout.getByRole("link", { name: "Rentrée : date requise" })).toHaveAttribute("href", "#champ-debut");
  await expect(rentree).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Années scolaires");

  // Pre-filled: the year after the latest one (September to early July), created in one click.
  let libelle = await ajout.getByLabel("Année scolaire").inputValue();
  expect(libelle).toMatch(/^(\d{4})-(\d{4})$/);
  expect(prevue).toBe(`${libelle.slice(0, 4)}-09-01`);
  await rentree.fill(prevue);
  if (libelleSaisi) {
    libelle = libelleSaisi;
    await ajout.getByLabel("Année scolaire").fill(libelle);
    await rentree.fill(`${libelle.slice(0, 4)}-09-01`);
    await ajout.getByLabel("Fin des cours").fill(`${libelle.slice(5)}-07-04`);
  }
  await ajout.getByRole("button", { name: "Créer l'année scolaire" }).click();
  await expect(page.getByText(`L'année ${libelle} est créée.`)).toBeVisible();

  // Created by mistake: nothing belongs to it yet, it can be deleted.
  await page
    .getByRole("row", { name: new RegExp(`^${libelle}`) })
    .getByRole("link", { name: /Modifier/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Année scolaire ${libelle}`);
  if (!libelleSaisi) await verifierAccessibilite(page);
  await page.getByRole("button", { name: `Supprimer l'année ${libelle}` }).click();
  await expect(page.getByText(`L'année ${libelle} est supprimée.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`^${libelle}`) })).toHaveCount(0);
}

test("année scolaire : rentrée vide signalée sur le champ, année suivante pré-remplie, année créée par erreur supprimée", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await anneeCreeeParErreurPuisSupprimee(page);
});

test("année scolaire : les mêmes gestes sans JavaScript @sans-js", async ({ page, connecter }) => {
  await connecter(page, "admin");
  // Another year than the JavaScript run's, so that both can run at once on the shared database.
  const debut = 2300 + Math.floor(Math.random() * 600);
  await anneeCreeeParErreurPuisSupprimee(page, `${debut}-${debut + 1}`);
});

test("une année qui a des activités ne propose pas de suppression", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await page.goto("/admin/annees");
  await page
    .getByRole("link", { name: /Modifier/ })
    .last()
    .click();
  await expect(
    page.getByText("Des activités appartiennent à cette année : elle ne peut pas être supprimée."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Supprimer l'année/ })).toHaveCount(0);
});
