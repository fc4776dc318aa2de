// Issue 22 §1: a save never silently undoes another. After any round trip of a form (a reshaping button, a save),
// every drop-down list keeps the submitted choice, so that saving again sends it again. With and without JavaScript.
import type { Page } from "@playwright/test";

import { champ, commande, creerActivite, creerGrille, enregistrerBrouillon } from "./support/admin";
import { expect, test, unique } from "./support/fixtures";

/** Waits for the form post of the next click (a server action with JavaScript, a page post without). */
const envoi = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST");

async function choixDeLaGrilleConserves(page: Page) {
  await creerActivite(page, { nom: `Cantine choix ${unique()}`, type: "Restauration scolaire", unite: "Repas" });
  await creerGrille(page, "Tranches de quotient familial");
  await champ(page, "quotient.periode").selectOption({ label: "Annuel" });
  await commande(page, "Ajouter une colonne de prix", "colonnes.1.libelle");
  await expect(champ(page, "quotient.periode")).toHaveValue("annuel");
  await champ(page, "colonnes.0.libelle").fill("Résident");
  await champ(page, "colonnes.0.residence").selectOption({ label: "Résidents du territoire" });
  await champ(page, "colonnes.1.libelle").fill("Non-résident");
  await champ(page, "colonnes.1.residence").selectOption({ label: "Non-résidents" });
  await champ(page, "arrondi").selectOption({ index: 1 });
  const arrondi = await champ(page, "arrondi").inputValue();

  // A reshaping button: the choices made before it are still there.
  await commande(page, "Ajouter une tranche", "tranches.1.min");
  await expect(champ(page, "quotient.periode")).toHaveValue("annuel");
  await expect(champ(page, "colonnes.0.residence")).toHaveValue("resident");
  await expect(champ(page, "colonnes.1.residence")).toHaveValue("non_resident");
  await expect(champ(page, "arrondi")).toHaveValue(arrondi);

  const tranches = [
    ["0", "6000", "1,00", "2,00"],
    ["6001", "", "3,00", "6,00"],
  ];
  for (const [i, [min, max, resident, nonResident]] of tranches.entries()) {
    await champ(page, `tranches.${i}.min`).fill(min!);
    await champ(page, `tranches.${i}.max`).fill(max!);
    await champ(page, `tranches.${i}.prix.0`).fill(resident!);
    await champ(page, `tranches.${i}.prix.1`).fill(nonResident!);
  }
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await expect(champ(page, "quotient.periode")).toHaveValue("annuel");
  await expect(champ(page, "colonnes.0.residence")).toHaveValue("resident");

  // Saving again, untouched, keeps every choice: the draft read back from the database still has them.
  const reponse = envoi(page);
  await enregistrerBrouillon(page);
  await reponse;
  await page.goto(page.url());
  await expect(champ(page, "quotient.periode")).toHaveValue("annuel");
  await expect(champ(page, "colonnes.0.residence")).toHaveValue("resident");
  await expect(champ(page, "colonnes.1.residence")).toHaveValue("non_resident");
  await expect(champ(page, "arrondi")).toHaveValue(arrondi);
}

test("éditeur de grille : les listes gardent le choix après un aller-retour, puis un second enregistrement", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await choixDeLaGrilleConserves(page);
});

test("éditeur de grille : les listes gardent le choix après un aller-retour, sans JavaScript @sans-js", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await choixDeLaGrilleConserves(page);
});
