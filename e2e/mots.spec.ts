// Issue 22 §3: words. The personal-data page states the retention of tax data as configured (400 days is not
// "13 mois") and lists exactly the data the consent asks for.
import { donneesDemandees } from "@/lib/consentements/domain/consentement";
import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

test("données personnelles : la conservation telle que configurée, et exactement les données de l'accord", async ({
  page,
  db,
}) => {
  const { conservationFiscaleJours: jours } = await db.collectivite.findUniqueOrThrow({
    where: { id: 1 },
    select: { conservationFiscaleJours: true },
  });
  expect(jours % 365, "la démonstration garde une durée qui ne tombe pas sur des années").not.toBe(0);
  await page.goto("/donnees-personnelles");
  await expect(page.getByText(`Données fiscales obtenues : ${jours} jours au plus`)).toBeVisible();
  await expect(page.getByText(/\d+ mois au plus/)).toHaveCount(0);
  const section = page.locator("section").filter({ has: page.getByRole("heading", { name: /^Données fiscales/ }) });
  const listees = (await section.getByRole("listitem").allTextContents()).map((t) => t.replace(/\s+/g, " ").trim());
  expect(listees).toEqual(donneesDemandees("spi").map((d) => `${d.libelle} (${d.pourquoi})`));
  await verifierAccessibilite(page);
});

test("fin d'autorisation du second parent : le titre dit ce qui s'est passé, jamais « enregistrée » après un refus ou une erreur", async ({
  page,
}) => {
  for (const [statut, titre] of [
    ["obtenu", "Autorisation enregistrée"],
    ["refus", "Transmission refusée"],
    ["erreur", "Autorisation non vérifiée"],
    ["inconnu", "Autorisation non vérifiée"],
  ]) {
    await page.goto(`/autorisation-second-parent/terminee?statut=${statut}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titre!);
    await expect(page).toHaveTitle(new RegExp(`^${titre}`));
  }
  await verifierAccessibilite(page);
});
