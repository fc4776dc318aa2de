// The collectivité's identity set by an administrator, with and without JavaScript: SIRET checked (14 digits and
// its key), a logo taken from the portal's own files, a main colour whose contrast is checked; the public pages
// then show the logo and the name. Settings of the whole portal: run by the "reglages" project, after the others.
import { verifierAccessibilite } from "../support/axe";
import { expect, test } from "../support/fixtures";

for (const sansJs of [false, true]) {
  test(`identité de la collectivité : SIRET vérifié, logo et couleur, visibles sur les pages publiques${sansJs ? " (sans JavaScript)" : ""}`, async ({
    browser,
    connecter,
  }) => {
    const contexte = await browser.newContext({ javaScriptEnabled: !sansJs });
    const page = await contexte.newPage();
    await connecter(page, "admin");
    await page.goto("/admin/fiscalite");
    const enregistrer = page.getByRole("button", { name: "Enregistrer", exact: true });
    const nom = await page.getByLabel("Nom de la collectivité").inputValue();

    await page.getByLabel("SIRET de la collectivité").fill("217 500 016 00018");
    await page.getByLabel("Couleur principale").fill("#60a5fa");
    await enregistrer.click();
    await expect(page.locator("#champ-siret-erreur")).toContainText("clé de contrôle");
    await expect(page.locator("#champ-couleurPrimaire-erreur")).toContainText("contraste de 2:1 seulement");
    await expect(page.getByLabel("SIRET de la collectivité")).toHaveAttribute("aria-invalid", "true");
    await verifierAccessibilite(page);

    await page.getByLabel("SIRET de la collectivité").fill("217 500 016 00019");
    await page.getByLabel("Logo").fill("/icon.svg");
    await page.getByLabel("Couleur principale").fill("#0066cc");
    await enregistrer.click();
    await expect(page.getByText("La collectivité et sa politique d'année fiscale sont enregistrées.")).toBeVisible();
    await page.goto("/admin/fiscalite");
    await expect(page.getByLabel("SIRET de la collectivité")).toHaveValue("21750001600019");

    // A visitor's page: the name and the logo in the header, the colour on the links.
    const visiteur = await browser.newContext({ javaScriptEnabled: !sansJs });
    const accueil = await visiteur.newPage();
    await accueil.goto("/connexion");
    const enTete = accueil.getByRole("banner");
    await expect(enTete).toContainText(nom);
    const logo = enTete.locator('img[src="/icon.svg"]');
    await expect(logo).toHaveAttribute("alt", "");
    expect((await accueil.request.get("/icon.svg")).status()).toBe(200);
    await expect(accueil.locator("body")).toHaveCSS("--color-primaire", "#0066cc");
    await visiteur.close();

    // Back to the portal's own look for whoever runs the suite again on this database.
    for (const champ of ["SIRET de la collectivité", "Logo", "Couleur principale"])
      await page.getByLabel(champ).fill("");
    await enregistrer.click();
    await expect(page.getByText("La collectivité et sa politique d'année fiscale sont enregistrées.")).toBeVisible();
    await contexte.close();
  });
}
