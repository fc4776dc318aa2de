// Issue 22 §2: guardrails of the grid editor. A bracket priced ten times its neighbours is flagged before publishing
// (never blocking), and a canteen grid says whether it fits the "cantine à 1 €" rules. With and without JavaScript.
import type { Page } from "@playwright/test";

import { champ, commande, creerActivite, creerGrille, enregistrerBrouillon } from "./support/admin";
import { expect, test, unique } from "./support/fixtures";

async function prixSuspectSignale(page: Page) {
  await creerActivite(page, { nom: `Cantine garde-fous ${unique()}`, type: "Restauration scolaire", unite: "Repas" });
  await creerGrille(page, "Tranches de quotient familial");
  await commande(page, "Ajouter une tranche", "tranches.1.min");
  await commande(page, "Ajouter une tranche", "tranches.2.min");
  const tranches = [
    ["0", "500", "1,00"],
    ["501", "800", "35,00"],
    ["801", "", "3,00"],
  ];
  for (const [i, [min, max, prix]] of tranches.entries()) {
    await champ(page, `tranches.${i}.min`).fill(min!);
    await champ(page, `tranches.${i}.max`).fill(max!);
    await champ(page, `tranches.${i}.prix.0`).fill(prix!);
  }
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  const aVerifier = page.getByRole("link", { name: /Tranche 2, « Tarif » : 35,00\s€, dix fois ou plus/ });
  await expect(aVerifier).toBeVisible();
  await expect(aVerifier).toHaveAttribute("href", "#champ-tranches.1.prix.0");
  await expect(page.getByText(/remplit les conditions de la « cantine à 1 € »/)).toBeVisible();

  // Corrected: the warning goes away; a first bracket above 1 € is said, as information only.
  await champ(page, "tranches.1.prix.0").fill("2,50");
  await champ(page, "tranches.0.prix.0").fill("1,20");
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await expect(aVerifier).toHaveCount(0);
  await expect(page.getByText(/Première tranche, « Tarif » : 1,20\s€, plus de 1,00\s€/)).toBeVisible();
}

test("éditeur de grille : un prix dix fois celui des tranches voisines est signalé ; cantine à 1 €", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await prixSuspectSignale(page);
});

test("éditeur de grille : les mêmes signalements sans JavaScript @sans-js", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await prixSuspectSignale(page);
});
