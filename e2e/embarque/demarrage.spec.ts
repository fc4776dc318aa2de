// The smoke journey on what `npm start` gives a newcomer: the embedded database (PGlite) seeded with the demo, the
// simulators, and one family enrolling through FranceConnect. Everything else runs on the real PostgreSQL.
import { verifierAccessibilite } from "../support/axe";
import {
  ajouterEnfant,
  autoriserDonneesFiscales,
  choisirActivites,
  seConnecterAvecFranceConnect,
  tarifDe,
} from "../support/famille";
import { expect, test } from "../support/fixtures";

test("démarrage embarqué : la démo est là, une famille se connecte par FranceConnect et inscrit son enfant à la cantine", async ({
  page,
  request,
}) => {
  const sante = await request.get("/api/health");
  expect(await sante.json()).toMatchObject({ statut: "ok", base: { statut: "ok", genre: "embarquee" } });

  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText("Communauté de communes du Val de Lys");
  await verifierAccessibilite(page);

  await seConnecterAvecFranceConnect(page, "Sophie");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Sophie MARTIN");
  await ajouterEnfant(page, { prenom: "Lina", nom: "MARTIN", naissance: "2020-04-12", classe: "GS" });
  await choisirActivites(page, { Lina: [/Restauration scolaire/] });
  await autoriserDonneesFiscales(page);
  // RFR 19 800 € / 2 parts / 12 = 825 € a month: the demo canteen's bracket 801–1 200 €.
  await expect(page.getByRole("region", { name: "Votre foyer fiscal" })).toContainText("19 800 €");
  await expect(tarifDe(page, "Lina", /Restauration scolaire/)).toContainText("3,40 € par repas");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : Validée");
});
