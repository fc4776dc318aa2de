// The agents' queue on both databases: filters, search, counts per reason, pagination, taking and releasing.
import { beforeAll, describe, expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { preparerInstruction, semerDossier, type Instruction } from "@/tests/support/dossier-de-test";
import { FILTRES_PAR_DEFAUT, TAILLE_PAGE, type FiltresFile } from "./domain/filtres-file";
import { lireFile } from "./file.query";
import { libererDossier, prendreDossier, prendreDossierSuivant } from "./prise-en-charge.mutation";

const il_y_a = (heures: number) => new Date(Date.now() - heures * 3600_000);

surLesDeuxBases("file des dossiers", (base) => {
  let i: Instruction;
  const db = () => base().prisma;
  // Every suite runs in its own database, but the queue is global: filter on this suite's school year.
  const filtres = (f: Partial<FiltresFile> = {}): FiltresFile => ({
    ...FILTRES_PAR_DEFAUT,
    anneeScolaireId: i.annee.id,
    ...f,
  });

  beforeAll(async () => {
    i = await preparerInstruction(db());
  });

  describe("filtres, recherche et compteurs", () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      const d = async (nom: string, heures: number, o: Parameters<typeof semerDossier>[2] = {}) =>
        (await semerDossier(db(), i, { nom, creeLe: il_y_a(heures), ...o })).dossierId;
      ids = {
        dupont: await d("Dupont", 50, { raisons: ["echec_api", "document_depose"] }),
        lefevre: await d("Lefèvre", 40, { raisons: ["adresse_ambigue"], agentId: i.agent.id, statut: "en_cours" }),
        martin: await d("Martin", 30, { raisons: ["echec_api"], agentId: i.collegue.id, statut: "attente_famille" }),
        benali: await d("Benali", 20, { raisons: ["deux_foyers"], statut: "valide" }),
        robert: await d("Robert", 10, { raisons: ["spi_inconnu"] }),
      };
    });

    it("par défaut : les dossiers ouverts, du plus ancien au plus récent, et les motifs comptés", async () => {
      const f = await lireFile(db(), filtres(), i.agent.id);
      expect(f.dossiers.map((d) => d.id)).toEqual([ids.dupont, ids.lefevre, ids.martin, ids.robert]);
      expect(f.total).toBe(4);
      expect(f.compteParRaison).toMatchObject({
        echec_api: 2,
        document_depose: 1,
        adresse_ambigue: 1,
        spi_inconnu: 1,
        deux_foyers: 0,
      });
      expect(f.dossiers[0]?.foyer.responsables[0]).toEqual({ prenoms: "Marianne", nom: "Dupont" });
    });

    it.each([
      ["un motif", { raison: "echec_api" }, ["dupont", "martin"]],
      ["mes dossiers", { attribution: "moi" }, ["lefevre"]],
      ["les dossiers sans agent", { attribution: "non_attribues" }, ["dupont", "robert"]],
      ["un statut clos", { statut: "valide" }, ["benali"]],
      ["en attente de la famille", { statut: "attente_famille" }, ["martin"]],
      ["un nom sans majuscule", { recherche: "rob" }, ["robert"]],
      ["un nom accentué", { recherche: "lefè" }, ["lefevre"]],
      ["un prénom d'enfant ne trouve rien : on cherche des noms", { recherche: "Enfant1" }, []],
    ] as const)("filtre : %s", async (_, f, attendus) => {
      const r = await lireFile(db(), filtres(f), i.agent.id);
      expect(r.dossiers.map((d) => d.id)).toEqual(attendus.map((n) => ids[n]));
    });

    it("les compteurs par motif suivent les autres filtres, pas le motif choisi", async () => {
      const r = await lireFile(db(), filtres({ raison: "spi_inconnu", attribution: "non_attribues" }), i.agent.id);
      expect(r.total).toBe(1);
      expect(r.compteParRaison).toMatchObject({ echec_api: 1, document_depose: 1, spi_inconnu: 1, adresse_ambigue: 0 });
    });

    it("une autre année scolaire ne mélange pas ses dossiers", async () => {
      const autre = await preparerInstruction(db());
      await semerDossier(db(), autre, { nom: "Dupont" });
      const r = await lireFile(db(), filtres({ recherche: "Dupont" }), i.agent.id);
      expect(r.dossiers.map((d) => d.id)).toEqual([ids.dupont]);
    });
  });

  it("pagination : 20 par page, une page au-delà de la fin montre la dernière", async () => {
    const j = await preparerInstruction(db());
    for (let n = 0; n < TAILLE_PAGE + 3; n++)
      await semerDossier(db(), j, { nom: `Famille${n}`, creeLe: il_y_a(100 - n), naissances: ["2019-01-01"] });
    const p1 = await lireFile(db(), { ...FILTRES_PAR_DEFAUT, anneeScolaireId: j.annee.id }, j.agent.id);
    expect(p1.dossiers).toHaveLength(TAILLE_PAGE);
    expect(p1.pagination).toEqual({ page: 1, pages: 2, decalage: 0 });
    const p9 = await lireFile(db(), { ...FILTRES_PAR_DEFAUT, anneeScolaireId: j.annee.id, page: 9 }, j.agent.id);
    expect(p9.pagination.page).toBe(2);
    expect(p9.dossiers.map((d) => d.foyer.responsables[0]?.nom)).toEqual(["Famille20", "Famille21", "Famille22"]);
  });

  describe("prendre et libérer", () => {
    it("prendre : le dossier passe « en cours » à mon nom, une seconde fois ne change rien, un collègue est refusé", async () => {
      const { dossierId } = await semerDossier(db(), i);
      await prendreDossier(db(), i.agent, dossierId);
      await prendreDossier(db(), i.agent, dossierId);
      expect(
        await db().dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { statut: true, agentId: true } }),
      ).toEqual({ statut: "en_cours", agentId: i.agent.id });
      await expect(prendreDossier(db(), i.collegue, dossierId)).rejects.toMatchObject({
        code: "dossier_pris",
        message: expect.stringContaining("Camille Agent"),
      });
      expect(await db().journalAudit.count({ where: { cibleId: dossierId, action: "dossier.prendre" } })).toBe(1);
    });

    it("libérer : seul le détenteur ou un administrateur ; le dossier revient « à traiter »", async () => {
      const { dossierId } = await semerDossier(db(), i);
      await prendreDossier(db(), i.agent, dossierId);
      await expect(libererDossier(db(), i.collegue, dossierId)).rejects.toMatchObject({ code: "dossier_pris" });
      await libererDossier(db(), i.admin, dossierId);
      expect(
        await db().dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { statut: true, agentId: true } }),
      ).toEqual({ statut: "a_traiter", agentId: null });
      await expect(libererDossier(db(), i.agent, dossierId)).rejects.toMatchObject({ code: "dossier_libre" });
      const audit = await db().journalAudit.findFirstOrThrow({
        where: { cibleId: dossierId, action: "dossier.liberer" },
        select: { acteurId: true, details: true },
      });
      expect(audit).toEqual({ acteurId: i.admin.id, details: { agentPrecedentId: i.agent.id } });
    });

    it("un dossier en attente de la famille reste en attente quand on le prend", async () => {
      const { dossierId } = await semerDossier(db(), i, { statut: "attente_famille" });
      await prendreDossier(db(), i.agent, dossierId);
      expect((await db().dossier.findUniqueOrThrow({ where: { id: dossierId } })).statut).toBe("attente_famille");
    });

    it("un dossier clos ou inexistant ne se prend pas", async () => {
      const { dossierId } = await semerDossier(db(), i, { statut: "rejete" });
      await expect(prendreDossier(db(), i.agent, dossierId)).rejects.toMatchObject({
        code: "dossier_clos",
        message: "Ce dossier est déjà rejeté : il n'accepte plus de décision.",
      });
      await expect(prendreDossier(db(), i.agent, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({
        code: "dossier_introuvable",
      });
    });

    it("dossier suivant : le plus ancien à traiter et sans agent, dans les filtres ; puis aucun", async () => {
      const j = await preparerInstruction(db());
      const ancien = await semerDossier(db(), j, { creeLe: il_y_a(9), raisons: ["contestation"] });
      await semerDossier(db(), j, {
        creeLe: il_y_a(20),
        raisons: ["contestation"],
        agentId: j.collegue.id,
        statut: "en_cours",
      });
      await semerDossier(db(), j, { creeLe: il_y_a(30), raisons: ["echec_api"] });
      const f = { ...FILTRES_PAR_DEFAUT, anneeScolaireId: j.annee.id, raison: "contestation" as const };
      expect(await prendreDossierSuivant(db(), j.agent, f)).toBe(ancien.dossierId);
      expect(await prendreDossierSuivant(db(), j.agent, f)).toBeNull();
    });

    it("dossier suivant, à cinq agents en même temps : chacun le sien, jamais deux fois le même", async () => {
      const j = await preparerInstruction(db());
      for (let n = 0; n < 3; n++) await semerDossier(db(), j, { creeLe: il_y_a(10 - n), naissances: ["2019-01-01"] });
      const agents = [
        j.agent,
        j.collegue,
        j.admin,
        { id: (await db().compte.create({ data: { role: "agent" } })).id, role: "agent" as const },
        { id: (await db().compte.create({ data: { role: "agent" } })).id, role: "agent" as const },
      ];
      const f = { ...FILTRES_PAR_DEFAUT, anneeScolaireId: j.annee.id };
      const pris = await Promise.all(agents.map((a) => prendreDossierSuivant(db(), a, f)));
      const obtenus = pris.filter((x): x is string => x !== null);
      expect(obtenus).toHaveLength(3);
      expect(new Set(obtenus).size).toBe(3);
    });
  });
});
