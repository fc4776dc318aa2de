// Ticket 15 point 1: the family can always ask for fresh tax data, in SPI mode too. An account whose identity is
// certified (Sophie Martin) but signed in locally types its numéro fiscal once; back on the tariff step, « Actualiser
// mes données fiscales » asks the DGFiP again with the number on file (a new call, never the data kept), under a new
// consent and within the daily cap of SPI lookups. With and without JavaScript.
import type { Page } from "@playwright/test";

import type { Db } from "@/lib/server/database";
import { verifierAccessibilite } from "./support/axe";
import { ajouterEnfant, choisirActivites } from "./support/famille";
import { expect, test } from "./support/fixtures";

/** Sophie Martin in the simulators' population (case T, 2 parts). */
const SPI_MARTIN = "3012345678903";

async function devenirSophieMartin(db: Db, compteId: string) {
  await db.compte.update({
    where: { id: compteId },
    data: { identiteCertifiee: true, prenoms: "Sophie", nomNaissance: "MARTIN", dateNaissance: "1990-07-21" },
  });
}

async function obtenirPuisActualiser(page: Page, db: Db, compteId: string, o: { axe: boolean }) {
  await devenirSophieMartin(db, compteId);
  await ajouterEnfant(page, { prenom: "Léo", nom: "MARTIN", naissance: "2021-04-12", classe: "MS" });
  await choisirActivites(page, { Léo: [/Restauration scolaire/] });
  // No number on file yet: nothing to refresh.
  await expect(page.getByRole("button", { name: "Actualiser mes données fiscales" })).toHaveCount(0);
  await page.getByLabel("Numéro fiscal").fill(SPI_MARTIN);
  await page
    .getByLabel("J'accepte que la Communauté de communes du Val de Lys obtienne ces données auprès de la DGFiP")
    .check();
  await page.getByRole("button", { name: "Autoriser et obtenir mes données" }).click();
  await page.waitForURL(/\/recapitulatif/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Récapitulatif");
  const foyerId = (await db.responsableLegal.findFirstOrThrow({ where: { compteId }, select: { foyerId: true } }))
    .foyerId;
  expect(await db.instantaneFiscal.count({ where: { foyerId } })).toBe(1);

  await page.goto(page.url().replace(/recapitulatif$/, "tarification"));
  await expect(page.getByRole("heading", { name: "Vos données fiscales sont déjà obtenues" })).toBeVisible();
  await expect(page.getByText("Avec le numéro fiscal déjà enregistré (se terminant par 903)")).toBeVisible();
  if (o.axe) await verifierAccessibilite(page);
  // The consent is asked again: without it, nothing is called.
  await page.getByRole("button", { name: "Actualiser mes données fiscales" }).click();
  await expect(page.getByText("Cochez la case pour autoriser la récupération de vos données.").first()).toBeVisible();
  expect(await db.instantaneFiscal.count({ where: { foyerId } })).toBe(1);

  await page
    .getByLabel(
      "J'accepte que la Communauté de communes du Val de Lys obtienne à nouveau ces données auprès de la DGFiP",
    )
    .check();
  await page.getByRole("button", { name: "Actualiser mes données fiscales" }).click();
  await page.waitForURL(/\/recapitulatif/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Récapitulatif");
  // A new answer from the DGFiP (not the one kept), a new consent, a second lookup counted against the cap.
  expect(await db.instantaneFiscal.count({ where: { foyerId } })).toBe(2);
  expect(await db.consentement.count({ where: { foyerId, statut: "accorde" } })).toBe(2);
  expect(await db.journalAudit.count({ where: { acteurId: compteId, action: "demande.consultation_spi" } })).toBe(2);
}

test("compte au numéro fiscal enregistré : « Actualiser mes données fiscales » interroge à nouveau la DGFiP", async ({
  page,
  db,
  connecterFamille,
}) => {
  const compte = await connecterFamille(page);
  await obtenirPuisActualiser(page, db, compte.id, { axe: true });
});

test("actualiser sans JavaScript @sans-js", async ({ page, db, connecterFamille }) => {
  const compte = await connecterFamille(page);
  await obtenirPuisActualiser(page, db, compte.id, { axe: false });
});
