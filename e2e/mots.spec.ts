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

test.describe("déclaration d'accessibilité", () => {
  // Many fields and two axe analyses: three times the usual time on a loaded machine.
  test.beforeEach(() => test.slow());

  test("déclaration d'accessibilité : modèle RGAA rempli par l'admin (audit, contenus, contact, recours, plan), axe", async ({
    page,
    browser,
    connecter,
  }) => {
    const admin = await (await browser.newContext()).newPage();
    await connecter(admin, "admin");
    await admin.goto("/admin/accessibilite");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Déclaration d'accessibilité");
    await verifierAccessibilite(admin);
    await admin.getByLabel("Date de la déclaration").fill("2026-11-30");
    await admin.getByLabel("Audit réalisé par (facultatif)").fill("Cabinet Accès Pour Tous");
    await admin.getByLabel("Date de l'audit (facultatif)").fill("2026-10-15");
    await admin.getByLabel("Critères du RGAA respectés, en % (facultatif)").fill("87");
    await admin.getByLabel("Non-conformités").fill("Plan interactif des écoles\n- Anciens menus en PDF");
    await admin.getByLabel("Dérogations pour charge disproportionnée").fill("Archives des menus avant 2024");
    await admin.getByLabel("Contenus non soumis à l'obligation d'accessibilité").fill("");
    await admin.getByLabel("Adresse électronique du contact accessibilité").fill("accessibilite@val-de-lys.test");
    await admin.getByLabel("Autre moyen de contact (facultatif)").fill("Accueil, 1 place de l'Hôtel de ville");
    await admin
      .getByLabel("Schéma pluriannuel de mise en accessibilité (facultatif)")
      .fill("https://val-de-lys.test/schema.pdf");
    await admin.getByLabel("Plan d'action de l'année (facultatif)").fill("https://val-de-lys.test/plan.pdf");
    await admin.getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(admin.getByText("La déclaration d'accessibilité est enregistrée et publiée.")).toBeVisible();

    await page.goto("/accessibilite");
    await expect(page.getByText("La Communauté de communes du Val de Lys s'engage à rendre")).toBeVisible();
    await expect(page.getByText(/est partiellement conforme avec le référentiel général/)).toBeVisible();
    await expect(
      page.getByText(/réalisé le 15 octobre 2026 par Cabinet Accès Pour Tous révèle que 87 %/),
    ).toBeVisible();
    const nonConformites = page.getByRole("region", { name: "Non-conformité", exact: true });
    await expect(nonConformites.getByRole("listitem")).toHaveText([
      "Plan interactif des écoles",
      "Anciens menus en PDF",
    ]);
    await expect(page.getByText("Archives des menus avant 2024")).toBeVisible();
    await expect(page.getByText("Cette déclaration a été établie le 30 novembre 2026.")).toBeVisible();
    await expect(page.getByRole("link", { name: "accessibilite@val-de-lys.test" })).toHaveAttribute(
      "href",
      "mailto:accessibilite@val-de-lys.test",
    );
    await expect(page.getByRole("link", { name: "Schéma pluriannuel de mise en accessibilité" })).toHaveAttribute(
      "href",
      "https://val-de-lys.test/schema.pdf",
    );
    await expect(page.getByRole("link", { name: /^Plan d'action \d{4}$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Défenseur des droits", exact: true })).toBeVisible();
    await expect(page.getByText(/Libre réponse 71120, 75342 Paris CEDEX 07/)).toBeVisible();
    await expect(page.getByText(/mairie/i)).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test("déclaration d'accessibilité, sans JavaScript : un taux sans audit est refusé à côté du champ, résumé en lien @sans-js", async ({
    page,
    connecter,
  }) => {
    await connecter(page, "admin");
    await page.goto("/admin/accessibilite");
    await page.getByLabel("Date de la déclaration").fill("2026-11-30");
    await page.getByLabel("Audit réalisé par (facultatif)").fill("");
    await page.getByLabel("Date de l'audit (facultatif)").fill("");
    await page.getByLabel("Critères du RGAA respectés, en % (facultatif)").fill("100");
    await page.getByLabel("Adresse électronique du contact accessibilité").fill("accessibilite@val-de-lys.test");
    await page.getByRole("button", { name: "Enregistrer et publier" }).click();
    const erreur = "Taux de conformité : indiquez aussi la date de l'audit et qui l'a réalisé";
    await expect(page.locator("#champ-tauxConformite-erreur")).toHaveText(erreur);
    const resume = page.getByRole("alert").filter({ hasText: "1 erreur à corriger" });
    await expect(resume.getByRole("link", { name: erreur })).toHaveAttribute("href", "#champ-tauxConformite");
    // axe runs on this page in the test above (with JavaScript): here it only lengthened the test past its time.
  });
});
