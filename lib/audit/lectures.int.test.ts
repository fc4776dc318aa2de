// Reads by staff in the audit trail, on both databases: one entry per read (queue page with its filter, dossier,
// document, export), no name nor search text in it, nothing for a family reading its own data; and the admin
// journal that lists them, filtered by account, action and dates, page by page.
import { beforeAll, describe, expect, it } from "vitest";

import { FILTRES_PAR_DEFAUT } from "@/lib/instruction/domain/filtres-file";
import { surLesDeuxBases } from "@/tests/support/bases";
import { preparerInstruction, semerDossier, type Instruction } from "@/tests/support/dossier-de-test";
import { FILTRES_JOURNAL_PAR_DEFAUT, type FiltresJournal } from "./domain/filtres-journal";
import { choixDuJournal, lireJournal } from "./journal.query";
import { journaliserLecture } from "./lectures.mutation";

surLesDeuxBases("lectures auditées et journal des administrateurs", (base) => {
  const db = () => base().prisma;
  let i: Instruction;
  let dossier: { dossierId: string; foyerId: string };
  const entreesDe = (acteurId: string) =>
    db().journalAudit.findMany({
      where: { acteurId },
      select: { action: true, acteurRole: true, cibleType: true, cibleId: true, details: true },
    });

  beforeAll(async () => {
    i = await preparerInstruction(db());
    const d = await semerDossier(db(), i, { nom: "Lefèvre" });
    dossier = { dossierId: d.dossierId, foyerId: d.foyerId };
  });

  describe("une entrée par lecture", () => {
    it("ouvrir un dossier : exactement une entrée, le dossier et son foyer par leurs identifiants", async () => {
      const agent = { id: i.collegue.id, role: "agent" as const };
      await journaliserLecture(db(), agent, { type: "dossier", ...dossier });
      expect(await entreesDe(agent.id)).toEqual([
        {
          action: "lecture.dossier",
          acteurRole: "agent",
          cibleType: "dossier",
          cibleId: dossier.dossierId,
          details: { foyerId: dossier.foyerId },
        },
      ]);
    });

    it("la file : une entrée par page affichée, avec son filtre, jamais le nom cherché", async () => {
      const agent = { id: i.agent.id, role: "agent" as const };
      await journaliserLecture(db(), agent, {
        type: "file",
        filtres: { ...FILTRES_PAR_DEFAUT, raison: "identite_non_verifiee", recherche: "Lefèvre", page: 2 },
      });
      const entrees = await entreesDe(agent.id);
      expect(entrees).toEqual([
        {
          action: "lecture.file",
          acteurRole: "agent",
          cibleType: "file",
          cibleId: "dossiers",
          details: {
            statut: "ouverts",
            raison: "identite_non_verifiee",
            attribution: "tous",
            anneeScolaireId: null,
            recherche: true,
            page: 2,
          },
        },
      ]);
      expect(JSON.stringify(entrees)).not.toContain("Lef");
    });

    it("une pièce et un export : une entrée chacun ; une famille qui lit ses propres données n'en crée aucune", async () => {
      const admin = { id: i.admin.id, role: "admin" as const };
      const documentId = "0b7f6c1e-3a52-4a4e-9d0e-5d1c2f3a4b5c";
      await journaliserLecture(db(), admin, { type: "document", documentId });
      await journaliserLecture(db(), admin, {
        type: "export",
        nom: "donnees_foyer",
        cibleType: "foyer",
        cibleId: dossier.foyerId,
      });
      expect(await entreesDe(admin.id)).toEqual([
        {
          action: "document.telecharge",
          acteurRole: "admin",
          cibleType: "document",
          cibleId: documentId,
          details: null,
        },
        {
          action: "lecture.export",
          acteurRole: "admin",
          cibleType: "foyer",
          cibleId: dossier.foyerId,
          details: { export: "donnees_foyer" },
        },
      ]);
      const famille = { id: "7d4f1b7e-2f0c-4d55-9a0b-1c2d3e4f5a6b", role: "citoyen" as const };
      await journaliserLecture(db(), famille, { type: "dossier", ...dossier });
      expect(await entreesDe(famille.id)).toEqual([]);
    });
  });

  describe("journal des administrateurs", () => {
    const f = (x: Partial<FiltresJournal>): FiltresJournal => ({ ...FILTRES_JOURNAL_PAR_DEFAUT, ...x });
    let lecteur: string;

    beforeAll(async () => {
      // Its own account: entries of other tests in this database do not count here.
      lecteur = (
        await db().compte.create({
          data: { role: "agent", email: `lecteur.${Date.now()}@exemple.test`, prenoms: "Alix", nomUsage: "Lecteur" },
        })
      ).id;
      const agent = { id: lecteur, role: "agent" as const };
      for (let n = 0; n < 5; n++) {
        await journaliserLecture(db(), agent, { type: "dossier", ...dossier }, new Date(`2026-03-0${n + 1}T10:00:00Z`));
      }
      await journaliserLecture(
        db(),
        agent,
        { type: "file", filtres: FILTRES_PAR_DEFAUT },
        new Date("2026-03-03T23:30:00Z"),
      );
    });

    it("filtre par compte et par action, du plus récent au plus ancien, page par page", async () => {
      const p1 = await lireJournal(db(), f({ acteurId: lecteur, action: "lecture.dossier" }), 2);
      expect(p1.total).toBe(5);
      expect(p1.pages).toBe(3);
      expect(p1.entrees.map((e) => e.le.toISOString().slice(0, 10))).toEqual(["2026-03-05", "2026-03-04"]);
      expect(p1.entrees[0]).toMatchObject({
        acteur: "Alix Lecteur",
        acteurRole: "agent",
        action: "lecture.dossier",
        cibleType: "dossier",
        cibleId: dossier.dossierId,
        details: [["foyerId", dossier.foyerId]],
      });
      const p3 = await lireJournal(db(), f({ acteurId: lecteur, action: "lecture.dossier", page: 3 }), 2);
      expect(p3.entrees.map((e) => e.le.toISOString().slice(0, 10))).toEqual(["2026-03-01"]);
      // A page past the end shows the last one.
      expect((await lireJournal(db(), f({ acteurId: lecteur, page: 99 }), 2)).page).toBe(3);
    });

    it("filtre par dates, comprises, en heure de Paris", async () => {
      const r = await lireJournal(db(), f({ acteurId: lecteur, du: "2026-03-02", au: "2026-03-03" }));
      // 2026-03-03T23:30Z is already the 4th in Paris: not in the range.
      expect(r.entrees.map((e) => [e.action, e.le.toISOString()])).toEqual([
        ["lecture.dossier", "2026-03-03T10:00:00.000Z"],
        ["lecture.dossier", "2026-03-02T10:00:00.000Z"],
      ]);
      const file = await lireJournal(db(), f({ acteurId: lecteur, du: "2026-03-04", action: "lecture.file" }));
      expect(file.total).toBe(1);
    });

    it("les choix du filtre : les comptes qui ont une entrée et les actions présentes", async () => {
      const choix = await choixDuJournal(db());
      expect(choix.acteurs).toContainEqual({ id: lecteur, libelle: "Alix Lecteur (agent)" });
      expect(choix.actions).toEqual(expect.arrayContaining(["lecture.dossier", "lecture.file"]));
      expect([...choix.actions].sort()).toEqual(choix.actions);
    });
  });
});
