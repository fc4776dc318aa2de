// Reads of families' data by staff are in the audit journal, and administrators read it on /admin/journal: filter
// by account, type and dates, pages, with and without JavaScript; axe.
import { verifierAccessibilite } from "./support/axe";
import { expect, test } from "./support/fixtures";

for (const sansJs of [false, true]) {
  const etiquette = sansJs ? " @sans-js" : "";

  test(`l'administrateur voit dans le journal la file et le dossier qu'un agent a ouverts${etiquette}`, async ({
    page,
    browser,
    connecter,
    db,
  }) => {
    // A dossier of a family with no name in it: the journal shows identifiers only.
    const foyer = await db.foyer.create({ data: {}, select: { id: true } });
    const dossier = await db.dossier.create({
      data: { foyerId: foyer.id, raisons: ["identite_non_verifiee"] },
      select: { id: true },
    });
    const contexteAgent = await browser.newContext({ javaScriptEnabled: !sansJs });
    const agentPage = await contexteAgent.newPage();
    const agent = await connecter(agentPage, "agent", { prenoms: "Ysé", nom: `Lectrice${sansJs ? "B" : "A"}` });
    await agentPage.goto("/agent?statut=ouverts&raison=identite_non_verifiee&recherche=Dupont");
    await agentPage.goto(`/agent/dossiers/${dossier.id}`);
    await expect(agentPage.getByRole("heading", { level: 1 })).toContainText("Dossier");
    await contexteAgent.close();
    expect(await db.journalAudit.count({ where: { acteurId: agent.id, action: "lecture.dossier" } })).toBe(1);
    expect(await db.journalAudit.count({ where: { acteurId: agent.id, action: "lecture.file" } })).toBe(1);

    await connecter(page, "admin");
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Journal d'audit" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal d'audit");
    const filtres = page.getByRole("search", { name: "Filtrer le journal" });
    await filtres.getByLabel("Compte").selectOption({ label: `Ysé ${agent.nom} (agent)` });
    await filtres.getByLabel("Type d'entrée").selectOption({ label: "Lecture d'un dossier" });
    const aujourdhui = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
    await filtres.getByLabel("Du (inclus)").fill(aujourdhui);
    await filtres.getByLabel("Au (inclus)").fill(aujourdhui);
    await filtres.getByRole("button", { name: "Filtrer" }).click();
    await expect(page.getByText("1 entrée, de la plus récente à la plus ancienne.")).toBeVisible();
    const ligne = page.getByRole("row").filter({ hasText: "Lecture d'un dossier" });
    await expect(ligne).toContainText(`Ysé ${agent.nom} (agent)`);
    await expect(ligne).toContainText(dossier.id);
    await expect(ligne).toContainText(`foyerId : ${foyer.id}`);

    // The queue page: one entry with its filter, the typed name only as "recherche : true".
    await filtres.getByLabel("Type d'entrée").selectOption({ label: "Lecture de la file des dossiers" });
    await filtres.getByRole("button", { name: "Filtrer" }).click();
    const file = page.getByRole("row").filter({ hasText: "Lecture de la file des dossiers" });
    await expect(file).toHaveCount(1);
    await expect(file).toContainText("raison : identite_non_verifiee");
    await expect(file).toContainText("recherche : true");
    await expect(page.locator("main")).not.toContainText("Dupont");
    if (!sansJs) await verifierAccessibilite(page);
  });
}

test("le journal va de page en page en gardant ses filtres @sans-js", async ({ page, connecter, db }) => {
  const agent = await connecter(page, "agent");
  await db.journalAudit.createMany({
    data: Array.from({ length: 55 }, (_, n) => ({
      acteurId: agent.id,
      acteurRole: "agent" as const,
      action: "lecture.dossier",
      cibleType: "dossier",
      cibleId: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
      creeLe: new Date(Date.UTC(2026, 0, 1, 8, n)),
    })),
  });
  await connecter(page, "admin");
  await page.goto(`/admin/journal?acteur=${agent.id}&action=lecture.dossier`);
  await expect(page.getByText("55 entrées, de la plus récente à la plus ancienne.")).toBeVisible();
  await expect(page.getByText("Page 1 sur 2")).toBeVisible();
  await page.getByRole("link", { name: "Page suivante" }).click();
  await expect(page.getByText("Page 2 sur 2")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`acteur=${agent.id}&action=lecture.dossier&page=2`));
  // The five oldest, minutes 4 to 0.
  await expect(page.getByRole("row").filter({ hasText: "Lecture d'un dossier" })).toHaveCount(5);
  await expect(page.getByRole("row").filter({ hasText: "000000000000" })).toHaveCount(1);
});
