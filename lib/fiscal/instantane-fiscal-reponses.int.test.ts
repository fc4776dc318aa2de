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

surLesDeuxBases("instantané fiscal : réponses telles qu'elles arrivent", (base) => {
  const nouveauFoyer = async () => ({
    foyerId: (await base().prisma.foyer.create({ data: {} })).id,
    responsableId: null,
  });

  beforeAll(async () => preparer(base().prisma));

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
      expect(r).toMatchObject({ statut: "echec", raisons: ["annee_indisponible"] });
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
