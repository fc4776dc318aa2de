// Issue 5, "Done when": a newcomer admin expresses three grids in the browser, publishes them, and the preview
// calculator prices test families to the cent. Each test signs in as an admin account of its own (fixtures).
import { apercu, champ, commande, creerActivite, creerGrille, enregistrerBrouillon, publier } from "./support/admin";
import { verifierAccessibilite } from "./support/axe";
import { expect, test, unique } from "./support/fixtures";

test("accueil du soir à l'heure en 6 tranches, non-résidents au double, sans JavaScript @sans-js", async ({
  page,
  connecter,
}) => {
  await connecter(page, "admin");
  await creerActivite(page, { nom: `Accueil du soir essai ${unique()}`, type: "Accueil du soir", unite: "Heure" });
  await creerGrille(page, "Tranches de quotient familial");

  // Shape the grid with the editor's buttons: each one posts the form and gets it back reshaped.
  await commande(page, "Ajouter une colonne de prix", "colonnes.1.libelle");
  for (let i = 1; i <= 5; i++) await commande(page, "Ajouter une tranche", `tranches.${i}.min`);

  await champ(page, "colonnes.0.libelle").fill("Résident");
  await champ(page, "colonnes.0.residence").selectOption({ label: "Résidents du territoire" });
  await champ(page, "colonnes.1.libelle").fill("Non-résident");
  await champ(page, "colonnes.1.residence").selectOption({ label: "Non-résidents" });
  const bornes = [
    ["0", "400"],
    ["401", "650"],
    ["651", "900"],
    ["901", "1200"],
    ["1201", "1600"],
    ["1601", ""],
  ];
  const resident = ["0,60", "0,90", "1,20", "1,50", "1,80", "2,10"];
  const nonResident = ["1,20", "1,80", "2,40", "3,00", "3,60", "4,20"];
  for (const [i, [min, max]] of bornes.entries()) {
    await champ(page, `tranches.${i}.min`).fill(min!);
    await champ(page, `tranches.${i}.max`).fill(max!);
    await champ(page, `tranches.${i}.prix.0`).fill(resident[i]!);
    await champ(page, `tranches.${i}.prix.1`).fill(nonResident[i]!);
  }
  // A slip: the second bracket overlaps the first. The engine's message shows next to the field and in the summary.
  await champ(page, "tranches.1.min").fill("400");
  await enregistrerBrouillon(page);
  await expect(page.getByText("Le brouillon n'est pas enregistré : une erreur est à corriger.")).toBeVisible();
  const erreur = page.locator('[id="champ-tranches.1.min-erreur"]');
  await expect(erreur).toHaveText("Chevauche la tranche 1 : doit commencer à 401 €");
  await expect(champ(page, "tranches.1.min")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("link", { name: "Tranche 2, à partir de" })).toHaveAttribute(
    "href",
    "#champ-tranches.1.min",
  );
  // Everything else typed is still there.
  await expect(champ(page, "tranches.5.prix.1")).toHaveValue("4,20");

  await champ(page, "tranches.1.min").fill("401");
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await expect(champ(page, "colonnes.1.code")).toHaveValue("non_resident");
  await publier(page);

  expect((await apercu(page, { quotient: "612" })).prix).toBe("Tarif : 0,90 € par heure");
  expect((await apercu(page, { quotient: "612", residence: "non_resident" })).prix).toBe("Tarif : 1,80 € par heure");
  expect((await apercu(page, { quotient: "400" })).prix).toBe("Tarif : 0,60 € par heure");
  expect((await apercu(page, { quotient: "401" })).prix).toBe("Tarif : 0,90 € par heure");
  const riche = await apercu(page, { quotient: "1700", residence: "non_resident" });
  expect(riche.prix).toBe("Tarif : 4,20 € par heure");
  expect(riche.explication).toContain("QF 1 700 € → tranche 6 (à partir de 1 601 €) : 4,20 €");
  expect((await apercu(page, { quotient: "", residence: "a_verifier" })).prix).toBe("Tarif : 4,20 € par heure");
});

test("cantine à 0,36 % du QF mensuel avec plancher et plafond", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await creerActivite(page, {
    nom: `Cantine taux d'effort ${unique()}`,
    type: "Restauration scolaire",
    unite: "Repas",
  });
  await creerGrille(page, /^Taux d'effort/);
  await champ(page, "taux.0.taux").fill("0,36");
  await champ(page, "taux.0.plancher").fill("0,80");
  await champ(page, "taux.0.plafond").fill("0,50");
  await enregistrerBrouillon(page);
  await expect(page.locator('[id="champ-taux.0.plafond-erreur"]')).toHaveText(
    "Le plafond doit être au moins égal au plancher (0,80 €)",
  );
  await expect(page.getByRole("link", { name: "Colonne 1 « Tarif », plafond (€)" })).toBeVisible();
  // The editor in its error state (summary, invalid fields) passes axe too.
  await verifierAccessibilite(page);
  await champ(page, "taux.0.plafond").fill("4,50");
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await publier(page);

  const moyen = await apercu(page, { quotient: "612" });
  expect(moyen.prix).toBe("Tarif : 2,20 € par repas");
  expect(moyen.explication).toContain("QF 612 € × 0,36 % = 2,2032 €");
  expect((await apercu(page, { quotient: "100" })).prix).toBe("Tarif : 0,80 € par repas");
  expect((await apercu(page, { quotient: "2000" })).prix).toBe("Tarif : 4,50 € par repas");
  expect((await apercu(page, { quotient: "" })).prix).toBe("Tarif : 4,50 € par repas");
  await verifierAccessibilite(page);

  // The published version is read-only; changing the rate goes through a new draft, deleted only when confirmed.
  await expect(champ(page, "taux.0.taux")).toHaveCount(0);
  await page.getByRole("button", { name: "Préparer une nouvelle version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("version n° 2");
  await expect(champ(page, "taux.0.taux")).toHaveValue("0,36");
  await page.getByRole("button", { name: "Supprimer le brouillon" }).click();
  await expect(page.locator("#case-confirmation-oui-erreur")).toHaveText(
    "Cochez la case pour confirmer la suppression",
  );
  await page.getByRole("checkbox", { name: "Je confirme la suppression du brouillon n° 2" }).check();
  await page.getByRole("button", { name: "Supprimer le brouillon" }).click();
  await expect(page.getByRole("status")).toHaveText("Le brouillon est supprimé.");
  // The deleted draft's number is free again.
  await page.getByRole("button", { name: "Préparer une nouvelle version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("version n° 2");
  await champ(page, "taux.0.taux").fill("0,40");
  await enregistrerBrouillon(page);
  await expect(page.getByText("Brouillon n° 2 enregistré.")).toBeVisible();
  await publier(page);
  expect((await apercu(page, { quotient: "612" })).prix).toBe("Tarif : 2,45 € par repas");
  await page.goto(page.url().replace(/\/versions\/.*$/, ""));
  await expect(page.getByRole("row", { name: /Version n° 2 Publiée/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Version n° 1 Archivée/ })).toBeVisible();
});

test("cantine par tranches où le troisième enfant paie moitié prix", async ({ page, connecter }) => {
  await connecter(page, "admin");
  await creerActivite(page, { nom: `Cantine fratrie ${unique()}`, type: "Restauration scolaire", unite: "Repas" });
  await creerGrille(page, "Tranches de quotient familial");
  for (let i = 1; i <= 4; i++) await commande(page, "Ajouter une tranche", `tranches.${i}.min`);
  const tranches = [
    ["0", "500", "1,20"],
    ["501", "800", "2,35"],
    ["801", "1200", "3,40"],
    ["1201", "1600", "4,10"],
    ["1601", "", "4,50"],
  ];
  for (const [i, [min, max, prix]] of tranches.entries()) {
    await champ(page, `tranches.${i}.min`).fill(min!);
    await champ(page, `tranches.${i}.max`).fill(max!);
    await champ(page, `tranches.${i}.prix.0`).fill(prix!);
  }
  await commande(page, "Ajouter un palier de fratrie", "fratrie.0.rang");
  // Values typed before a reshaping button are kept.
  await expect(champ(page, "tranches.4.prix.0")).toHaveValue("4,50");
  await champ(page, "fratrie.0.rang").fill("3");
  await champ(page, "fratrie.0.pourcentage").fill("50");
  // Enter in a field saves the draft (the form's first button), it never removes a row.
  await champ(page, "fratrie.0.pourcentage").press("Enter");
  await expect(page.getByText("Brouillon n° 1 enregistré.")).toBeVisible();
  await publier(page);

  expect((await apercu(page, { quotient: "612" })).prix).toBe("Tarif : 2,35 € par repas");
  expect((await apercu(page, { quotient: "612", rang: 2 })).prix).toBe("Tarif : 2,35 € par repas");
  const troisieme = await apercu(page, { quotient: "612", rang: 3 });
  expect(troisieme.prix).toBe("Tarif : 1,18 € par repas");
  expect(troisieme.explication).toContain("3e enfant inscrit (à partir du 3e) : 50 % du tarif → 1,175 €");
  expect((await apercu(page, { quotient: "1700", rang: 4 })).prix).toBe("Tarif : 2,25 € par repas");
});
