// The fiscal snapshot service against answers as they really come (issue 15, points 9 to 11), end to end: real HTTP
// client, DGFiP simulator, both databases.
import { beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/lib/server/database";
import { persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { surLesDeuxBases } from "@/tests/support/bases";
import { clientDeTest, panneFois } from "@/tests/support/client-dgfip";
import { creerServiceInstantaneFiscal } from "./obtenir-instantane-fiscal";

const SEPTEMBRE = new Date("2026-09-15T10:00:00Z");
const b = utiliserBanc("2026-09-15");

async function preparer(db: Db) {
  await db.collectivite.upsert({
    where: { id: 1 },
    create: {
      nom: "Bellecombe-sur-Lys",
      politiqueAnneeFiscale: "n_moins_1_sinon_n_moins_2",
      conservationFiscaleJours: 400,
    },
    update: { politiqueAnneeFiscale: "n_moins_1_sinon_n_moins_2" },
  });
  for (const [anneeRevenus, jour] of [
    [2024, "2025-07-23"],
    [2025, "2026-07-22"],
  ] as const) {
    await db.calendrierTaxation.upsert({
      where: { ressource_anneeRevenus: { ressource: "ir_assiettes", anneeRevenus } },
      create: { anneeRevenus, dateTaxation: new Date(`${jour}T00:00:00Z`) },
      update: {},
    });
  }
}

function service(options: Parameters<typeof clientDeTest>[1] = {}, ressourceMultiple = true) {
  const c = clientDeTest(b, options);
  return { c, s: creerServiceInstantaneFiscal({ api: c.api, ressourceMultiple, maintenant: () => SEPTEMBRE }) };
}

const spi = (id: string) => ({ mode: "spi" as const, spi: persona(id).spi });
const fc = (id: string, scopes?: string[]) => {
  const { jeton, expireLe } = b.fc.emettre(persona(id), scopes ? { scopes } : undefined);
  return { mode: "franceconnect" as const, jetonFranceConnect: jeton, jetonExpireLe: expireLe };
};
const SCOPES_FC = [
  "dgfip_rfr",
  "dgfip_nbpart",
  "dgfip_sitfam",
  "dgfip_pac_nbPac",
  "dgfip_annee_n_moins_2_si_indispo_n_moins_1",
];
const DECES = "dgfip_annee_df_au_3112_si_deces_ctb_mp";

surLesDeuxBases("instantané fiscal : réponses telles qu'elles arrivent", (base) => {
  const nouveauFoyer = async () => ({
    foyerId: (await base().prisma.foyer.create({ data: {} })).id,
    responsableId: null,
  });

  beforeAll(async () => preparer(base().prisma));

  describe("plusieurs situations dans l'année : les périodes gardées pour l'agent (point 10)", () => {
    it.each([
      [
        "jeanne-robert",
        [
          ["2025-01-01", "2025-06-14", "M", 17600, "2025-06-14"],
          ["2025-06-15", "2025-12-31", "V", 14200, null],
        ],
      ],
      [
        "camille-lefort",
        [
          ["2025-01-01", "2025-05-16", "C", 9700, null],
          ["2025-05-17", "2025-12-31", "O", 38900, null],
        ],
      ],
      [
        "stephane-roussel",
        [
          ["2025-01-01", "2025-03-31", "M", 13100, null],
          ["2025-04-01", "2025-12-31", "D", 21300, null],
        ],
      ],
    ])("%s : cas complexe, chaque période et ses dates enregistrées, aucune donnée retenue", async (id, attendu) => {
      const { s } = service();
      const r = await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: spi(id) });
      expect(r).toMatchObject({ statut: "cas_complexe", raisons: ["situations_multiples"] });
      if (r.statut !== "cas_complexe") return;
      expect(r.instantane).toMatchObject({ situationsMultiples: true, rfr: null });
      expect(r.instantane.periodes.map((p) => [p.debut, p.fin, p.situationFamille, p.rfr, p.decesDeclarant2])).toEqual(
        attendu,
      );
    });

    it("mode FranceConnect : pas de revenu imposable dans les périodes", async () => {
      const { s } = service();
      const r = await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: fc("jeanne-robert") });
      expect(r.statut === "cas_complexe" && r.instantane.periodes.map((p) => p.revenuImposable)).toEqual([null, null]);
    });

    it("décès et scope de situation au 31/12 dans l'habilitation : la situation au 31/12 est retenue, les périodes restent visibles", async () => {
      await base().prisma.collectivite.update({
        where: { id: 1 },
        data: { scopesFranceConnect: [...SCOPES_FC, DECES] },
      });
      try {
        const { s } = service();
        const deces = await s.obtenir(base().prisma, {
          ...(await nouveauFoyer()),
          acces: fc("jeanne-robert", [...SCOPES_FC, DECES]),
        });
        expect(deces).toMatchObject({
          statut: "obtenu",
          instantane: { anneeRevenus: 2025, rfr: 14200, situationFamille: "V", situationsMultiples: false },
        });
        expect(deces.statut === "obtenu" && deces.instantane.periodes).toHaveLength(2);
        // A PACS is no death: still a case for an agent.
        const pacs = await s.obtenir(base().prisma, {
          ...(await nouveauFoyer()),
          acces: fc("camille-lefort", [...SCOPES_FC, DECES]),
        });
        expect(pacs).toMatchObject({ statut: "cas_complexe" });
      } finally {
        await base().prisma.collectivite.update({ where: { id: 1 }, data: { scopesFranceConnect: [] } });
      }
    });
  });

  describe("410 au code inconnu sur la ressource simple (point 10)", () => {
    it.each([
      ["un code inconnu", "statut=410;code=4199"],
      ["sans corps DGFiP", "statut=410;erreur=html"],
    ])("%s : jamais de repli silencieux sur 2024, un agent examine", async (_, panne) => {
      const { s, c } = service({ panne: panneFois(panne, 1) }, false);
      const cle = await nouveauFoyer();
      const r = await s.obtenir(base().prisma, { ...cle, acces: spi("marianne-dupont") });
      expect(r).toMatchObject({ statut: "echec", annee: 2025, raisons: ["echec_api"], reprise: "agent" });
      expect(c.requetes.map((q) => q.url.split("/").at(-1))).toEqual(["2025"]);
      expect(await base().prisma.instantaneFiscal.count({ where: { foyerId: cle.foyerId } })).toBe(0);
    });

    it("410/4101 (aucun résultat) : le repli sur 2024 reste permis", async () => {
      const { s } = service({ panne: panneFois("statut=410;code=4101", 1) }, false);
      const r = await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: spi("marianne-dupont") });
      expect(r).toMatchObject({ statut: "obtenu", repli: true, instantane: { anneeRevenus: 2024 } });
    });
  });

  describe("404 (point 11)", () => {
    it("404 avec le corps d'erreur de la DGFiP : pas de données pour 2025, repli sur 2024", async () => {
      const { s, c } = service({ panne: "statut=404" });
      const r = await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: spi("marianne-dupont") });
      // Both years are taxed by the calendar and neither has a declaration: « pas déclarant » (point 12).
      expect(r).toMatchObject({ statut: "echec", raisons: ["non_declarant"] });
      expect(c.requetes.map((q) => q.url.split("/").at(-1))).toEqual(["2025", "2024"]);
    });

    it.each(["vide", "html", "autre-json"])(
      "404 au corps %s : service indisponible (échec de l'appel), pas « année indisponible », aucun repli",
      async (corps) => {
        const { s, c } = service({ panne: `statut=404;erreur=${corps}` });
        const cle = await nouveauFoyer();
        const r = await s.obtenir(base().prisma, { ...cle, acces: spi("marianne-dupont") });
        expect(r).toMatchObject({
          statut: "echec",
          annee: 2025,
          raisons: ["echec_api"],
          reprise: "agent",
          appelsAmont: 1,
        });
        expect(c.requetes).toHaveLength(1);
        expect(await base().prisma.instantaneFiscal.count({ where: { foyerId: cle.foyerId } })).toBe(0);
      },
    );
  });
});
