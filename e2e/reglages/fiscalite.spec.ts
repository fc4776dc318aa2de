// Settings of the whole collectivité (the fiscal-year policy, the taxation calendar): the "reglages" project runs
// these only after every other journey, which reads them, has finished.
import { expect, test } from "../support/fixtures";

test("données fiscales : politique d'année et calendrier de taxation", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await page.goto("/admin/fiscalite");
  const politique = page.getByRole("radio", { name: "Revenus de l'année N-2" });
  await politique.check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("La collectivité et sa politique d'année fiscale sont enregistrées.")).toBeVisible();
  await page.reload();
  await expect(politique).toBeChecked();
  // Back to the demo's policy, for whoever runs the suite again on this database.
  await page.getByRole("radio", { name: "Revenus N-1, ou N-2 tant que N-1 n'est pas disponible" }).check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("La collectivité et sa politique d'année fiscale sont enregistrées.")).toBeVisible();

  await page.getByLabel("Revenus de l'année", { exact: true }).fill("2031");
  await page.getByLabel("Disponibles à partir du").fill("2031-07-24");
  await page.getByRole("button", { name: "Enregistrer la date" }).click();
  await expect(page.locator("#champ-dateTaxation-erreur")).toHaveText(
    "La taxation des revenus d'une année a lieu l'année suivante ou plus tard",
  );
  await page.getByLabel("Disponibles à partir du").fill("2032-07-24");
  await page.getByRole("button", { name: "Enregistrer la date" }).click();
  await expect(page.getByRole("status")).toHaveText("La date de taxation des revenus 2031 est enregistrée.");
  await expect(page.getByRole("row", { name: /2031 Revenus \(assiettes de l'impôt\) 24 juillet 2032/ })).toBeVisible();
  await page
    .getByRole("button", { name: "Supprimer la date des revenus 2031 (Revenus (assiettes de l'impôt))" })
    .click();
  await expect(page.getByRole("status")).toHaveText("La date de taxation est supprimée.");
  await expect(page.getByRole("row", { name: /^2031 / })).toHaveCount(0);
});
