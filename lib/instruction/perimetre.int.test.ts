// Le périmètre d'un agent restreint à des communes ou à des écoles, à chaque point où il s'applique (hors actions,
// éprouvées dans actions.int.test.ts) : la file et ses compteurs, « prendre le dossier suivant », la page d'un
// dossier, le téléchargement des pièces. Hors périmètre, tout se passe comme si le dossier n'existait pas ; un
// agent non restreint et un administrateur voient tout.
import { createHash } from "node:crypto";

import { beforeAll, describe, expect, it, vi } from "vitest";

import type { Db } from "@/lib/server/database";
import type { SessionUtilisateur } from "@/lib/server/session";
import { surLesDeuxBases } from "@/tests/support/bases";
import { preparerInstruction, semerDossier, type DossierSeme, type Instruction } from "@/tests/support/dossier-de-test";
import { FILTRES_PAR_DEFAUT, type FiltresFile } from "./domain/filtres-file";
import { lireDossier } from "./dossier.query";
import { lireFile } from "./file.query";
import { prendreDossierSuivant } from "./prise-en-charge.mutation";

const OCTETS = Buffer.from("%PDF-1.7 avis d'imposition de test");

const contexte = vi.hoisted(() => ({ session: null as SessionUtilisateur | null, db: null as Db | null }));
vi.mock("@/lib/server/session", () => ({ lireSession: async () => contexte.session }));
vi.mock("@/lib/server/db", () => ({
  db: async () => {
    if (!contexte.db) throw new Error("base de test non branchée");
    return contexte.db;
  },
}));
vi.mock("@/lib/server/log", async () => ({ logger: (await import("@/lib/server/logger")).creerLogger("silent") }));
// Le stockage des pièces : en mémoire, le même contenu pour toutes (son empreinte est écrite sur la pièce semée).
vi.mock("@/lib/documents/dependances-application", () => ({
  dependancesDocuments: () => ({ stockage: { lire: async () => OCTETS } }),
}));

const { GET: telecharger } = await import("@/app/api/documents/[id]/route");

function session(compteId: string, role: "agent" | "admin"): SessionUtilisateur {
  return {
    id: "session-de-test",
    fournisseur: "local",
    idToken: null,
    secondFacteur: "verifie",
    compte: {
      id: compteId,
      role,
      prenoms: "Test",
      nomUsage: null,
      nomNaissance: null,
      email: null,
      identiteCertifiee: false,
    },
  };
}

surLesDeuxBases("périmètre des agents restreints", (base) => {
  let i: Instruction;
  let s: DossierSeme;
  let agents: Record<"autreEcole" | "commune" | "ecole" | "sansRien", string>;
  const db = () => base().prisma;
  const filtres = (f: Partial<FiltresFile> = {}): FiltresFile => ({
    ...FILTRES_PAR_DEFAUT,
    anneeScolaireId: i.annee.id,
    ...f,
  });

  beforeAll(async () => {
    i = await preparerInstruction(db());
    s = await semerDossier(db(), i, { raisons: ["echec_api"] });
    await db().document.update({
      where: { id: s.documentId! },
      data: { sha256: createHash("sha256").update(OCTETS).digest("hex") },
    });
    const autre = await db().ecole.create({ data: { nom: "École des Aulnes", communeCodeInsee: "00103" } });
    const agent = async (nom: string, perimetre: object) =>
      (
        await db().compte.create({
          data: { role: "agent", email: `${nom}.${s.dossierId}@exemple.test`, perimetreRestreint: true, ...perimetre },
        })
      ).id;
    agents = {
      autreEcole: await agent("autre-ecole", { perimetreEcoles: { create: { ecoleId: autre.id } } }),
      commune: await agent("commune", { perimetreCommunes: { create: { communeCodeInsee: "00101" } } }),
      ecole: await agent("ecole", { perimetreEcoles: { create: { ecoleId: i.ecole.id } } }),
      sansRien: await agent("sans-rien", {}),
    };
  });

  describe("la file", () => {
    it("hors périmètre : ni le dossier ni ses motifs ne sont comptés", async () => {
      for (const id of [agents.autreEcole, agents.sansRien]) {
        const f = await lireFile(db(), filtres(), id);
        expect(f.total).toBe(0);
        expect(f.compteParRaison.echec_api).toBe(0);
      }
    });

    it("dans le périmètre (commune ou école), et sans restriction : le dossier y est", async () => {
      for (const id of [agents.commune, agents.ecole, i.agent.id, i.admin.id]) {
        const f = await lireFile(db(), filtres(), id);
        expect(f.dossiers.map((d) => d.id)).toEqual([s.dossierId]);
        expect(f.compteParRaison.echec_api).toBe(1);
      }
    });

    it("« prendre le dossier suivant » ne prend pas un dossier hors périmètre", async () => {
      expect(await prendreDossierSuivant(db(), { id: agents.autreEcole, role: "agent" }, filtres())).toBeNull();
      expect((await db().dossier.findUniqueOrThrow({ where: { id: s.dossierId } })).agentId).toBeNull();
    });
  });

  describe("la page d'un dossier", () => {
    it("hors périmètre : introuvable (404), comme un dossier qui n'existe pas", async () => {
      expect(await lireDossier(db(), s.dossierId, agents.autreEcole)).toBeNull();
      expect(await lireDossier(db(), s.dossierId, agents.sansRien)).toBeNull();
    });

    it("dans le périmètre, et sans restriction : lisible", async () => {
      for (const id of [agents.commune, agents.ecole, i.agent.id, i.admin.id]) {
        expect((await lireDossier(db(), s.dossierId, id))?.id).toBe(s.dossierId);
      }
    });
  });

  describe("le téléchargement d'une pièce", () => {
    const obtenir = async (compteId: string, role: "agent" | "admin") => {
      contexte.db = db();
      contexte.session = session(compteId, role);
      return telecharger(new Request("http://localhost/api/documents/x"), {
        params: Promise.resolve({ id: s.documentId! }),
      });
    };

    it("hors périmètre : 404, et rien au journal", async () => {
      const r = await obtenir(agents.autreEcole, "agent");
      expect(r.status).toBe(404);
      expect(
        await db().journalAudit.count({ where: { acteurId: agents.autreEcole, action: "document.telecharge" } }),
      ).toBe(0);
    });

    it("dans le périmètre, et sans restriction : la pièce est délivrée", async () => {
      for (const [id, role] of [
        [agents.commune, "agent"],
        [i.agent.id, "agent"],
        [i.admin.id, "admin"],
      ] as const) {
        const r = await obtenir(id, role);
        expect(r.status).toBe(200);
        expect(Buffer.from(await r.arrayBuffer())).toEqual(OCTETS);
      }
    });
  });
});
