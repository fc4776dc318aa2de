import { verifierAccessibilite } from "./support/axe";
import {
  ajouterEnfant,
  autoriserDonneesFiscales,
  choisirActivites,
  seConnecterAvecFranceConnect,
} from "./support/famille";
import { expect, test } from "./support/fixtures";

test("adresse fiscale ambiguë : la famille envoie, un agent prend le dossier et le valide comme résident, la famille voit la décision", async ({
  page,
  browser,
  connecter,
}) => {
  await seConnecterAvecFranceConnect(page, "Léa");
  await ajouterEnfant(page, {
    prenom: "Nina",
    nom: "GIRARD",
    naissance: "2020-03-03",
    classe: "GS",
    ecole: "Groupe scolaire de Saint-Amand (Saint-Amand-de-Lys)",
  });
  await choisirActivites(page, { Nina: [/Restauration scolaire/] });
  await autoriserDonneesFiscales(page);
  await expect(page.getByText("commune à vérifier par un agent")).toBeVisible();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : En cours d'examen par un agent");
  await expect(page.getByText("la commune de votre adresse fiscale doit être vérifiée par un agent")).toBeVisible();
  const suivi = page.url();

  const agent = await (await browser.newContext()).newPage();
  await connecter(agent, "agent");
  await agent.goto("/agent");
  const carte = agent.getByRole("article").filter({ hasText: "Léa GIRARD" }).first();
  await expect(carte).toContainText("Adresse à vérifier");
  await carte.getByRole("link").first().click();
  await expect(agent.getByRole("heading", { level: 1 })).toContainText(/Léa GIRARD|Dossier/);
  await verifierAccessibilite(agent);
  await agent.getByRole("button", { name: "Prendre ce dossier" }).click();
  await expect(agent.getByText("Pris en charge par vous")).toBeVisible();
  await agent.getByRole("radio", { name: "Résident du territoire" }).check();
  await agent.getByRole("button", { name: "Valider le dossier" }).click();
  await agent.waitForURL(/resultat=valide/);

  await page.goto(suivi.replace(/\?.*$/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande : Validée");
  await expect(page.getByText("Statut : Validée")).toBeVisible();
  await expect(page.getByRole("paragraph").filter({ hasText: "Tarif :" })).toContainText(/\d+,\d{2}\s€\s*par repas/);
  // The family was told by e-mail (demo outbox), with a link and nothing personal.
  await page.goto("/boite-d-envoi");
  const courriel = page
    .getByRole("listitem")
    .filter({ hasText: "À lea.girard@exemple.test" })
    .filter({ hasText: "Votre demande d'inscription est validée" });
  await expect(courriel).toContainText("/espace/demandes/");
});
