import { describe, expect, it } from "vitest";

import { demarrerBanc, erreurDe, persona, utiliserBanc } from "@/tests/support/banc-dgfip";

const TYPE_SIMPLE = "application/prs.dgfip.part.situations.ir.assiettes.v1+json";
const TYPE_MULTIPLE = "application/prs.dgfip.part.situations.ir.assiettes.multiple.v1+json";
const spi = (id: string) => persona(id).spi;

const apres = utiliserBanc("2026-09-15"); // revenus 2025 taxés
const avant = utiliserBanc("2026-03-10"); // revenus 2025 pas encore taxés

describe("simulateur DGFiP, mode SPI : chaque personne de la population", () => {
  it.each([
    ["marianne-dupont", 48200, "M", 3, 2],
    ["pierre-dupont", 48200, "M", 3, 2],
    ["sophie-martin", 19800, "C", 2, 1],
    ["julien-bernard", 31500, "C", 2, 2],
    ["claire-petit", 24300, "C", 1, 0],
    ["eric-lambert", 36400, "C", 1.5, 1],
    ["amelie-roux", 0, "C", 1.5, 1],
    ["henri-de-villiers", 412000, "M", 4, 3],
    ["lea-girard", 28700, "O", 3, 2],
  ])(
    "étant donné le SPI de %s, les revenus 2025 donnent RFR %i, situation %s, %d parts, %i personnes à charge",
    async (id, rfr, sitFam, nbPart, nbPac) => {
      const res = await apres.appeler(`/spi/${spi(id)}/situations/ir/assiettes/annrev/2025`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(TYPE_SIMPLE);
      const corps = (await res.json()) as Record<string, unknown>;
      expect(corps).toMatchObject({ rfr, sitFam, nbPart, pac: { nbPac } });
      expect(corps.revImposable).toEqual(expect.any(Number));
    },
  );

  it("sert le parent isolé avec la case T et l'adresse hors territoire telle quelle", async () => {
    const martin = (await (
      await apres.appeler(`/spi/${spi("sophie-martin")}/situations/ir/assiettes/annrev/2025`)
    ).json()) as Record<string, unknown>;
    expect(martin.sitParIso).toBe("T");
    const lambert = (await (
      await apres.appeler(`/spi/${spi("eric-lambert")}/situations/ir/assiettes/annrev/2025`)
    ).json()) as { aftDetail: unknown };
    expect(lambert.aftDetail).toMatchObject({ getcodePostal: "00200", getcommune: "VIEUX MOULIN" });
  });

  it("répond 503/5030 à chaque appel pour la personne en panne simulée (cas panne_dgfip), toute année", async () => {
    for (const annee of [2025, 2024]) {
      expect(
        await erreurDe(await apres.appeler(`/spi/${spi("bruno-marchand")}/situations/ir/assiettes/annrev/${annee}`)),
      ).toEqual({ statut: 503, code: "5030" });
    }
  });

  it("répond 410/4101 pour l'étudiant rattaché (SPI connu, pas déclarant)", async () => {
    expect(
      await erreurDe(await apres.appeler(`/spi/${spi("lucas-moreau")}/situations/ir/assiettes/annrev/2025`)),
    ).toEqual({ statut: 410, code: "4101" });
  });

  it("répond 410/4102 pour un SPI qui ne correspond à aucun usager", async () => {
    expect(
      await erreurDe(await apres.appeler(`/spi/${spi("nadia-faure")}/situations/ir/assiettes/annrev/2025`)),
    ).toEqual({ statut: 410, code: "4102" });
  });

  it("décès dans l'année : 410/4103 sur la ressource simple, deux situations sur la ressource multiple", async () => {
    expect(
      await erreurDe(await apres.appeler(`/spi/${spi("jeanne-robert")}/situations/ir/assiettes/annrev/2025`)),
    ).toEqual({ statut: 410, code: "4103" });
    const res = await apres.appeler(`/spi/${spi("jeanne-robert")}/situations/ir/assiettes/multiple/annrev/2025`);
    expect(res.headers.get("content-type")).toBe(TYPE_MULTIPLE);
    const { situationsIR } = (await res.json()) as { situationsIR: { sitFam: string; dateDecesdec2?: string }[] };
    expect(situationsIR.map((s) => s.sitFam)).toEqual(["M", "V"]);
    expect(situationsIR[0]?.dateDecesdec2).toBe("2025-06-14");
  });

  it("la ressource multiple renvoie une seule situation dans le cas ordinaire", async () => {
    const res = await apres.appeler(`/spi/${spi("marianne-dupont")}/situations/ir/assiettes/multiple/annrev/2025`);
    const { situationsIR } = (await res.json()) as { situationsIR: unknown[] };
    expect(situationsIR).toHaveLength(1);
  });

  it("foyer dont les revenus 2025 ne sont pas taxés : 4101 pour 2025, 2024 servi", async () => {
    expect(
      (await erreurDe(await apres.appeler(`/spi/${spi("karim-benali")}/situations/ir/assiettes/annrev/2025`))).code,
    ).toBe("4101");
    expect((await apres.appeler(`/spi/${spi("karim-benali")}/situations/ir/assiettes/annrev/2024`)).status).toBe(200);
  });
});

describe("simulateur DGFiP : disponibilité des années selon la date du jour et le calendrier de taxation", () => {
  it("en mars 2026, avant la taxation, les revenus 2025 sont indisponibles (4101) et 2024 est servi", async () => {
    expect(
      await erreurDe(await avant.appeler(`/spi/${spi("marianne-dupont")}/situations/ir/assiettes/annrev/2025`)),
    ).toEqual({ statut: 410, code: "4101" });
    const res = await avant.appeler(`/spi/${spi("marianne-dupont")}/situations/ir/assiettes/annrev/2024`);
    expect(((await res.json()) as { rfr: number }).rfr).toBe(46900);
  });

  it("une date de taxation configurée déplace la bascule", async () => {
    const b = await demarrerBanc("2026-07-25", { datesTaxation: { 2025: "2026-08-01" } });
    try {
      expect(
        (await erreurDe(await b.appeler(`/spi/${spi("marianne-dupont")}/situations/ir/assiettes/annrev/2025`))).code,
      ).toBe("4101");
      b.avancer(8 * 24 * 3600_000);
      expect((await b.appeler(`/spi/${spi("marianne-dupont")}/situations/ir/assiettes/annrev/2025`)).status).toBe(200);
    } finally {
      await b.fermer();
    }
  });

  it("une année future ou sans données répond 4101", async () => {
    for (const annee of [2027, 2019]) {
      expect(
        (await erreurDe(await apres.appeler(`/spi/${spi("marianne-dupont")}/situations/ir/assiettes/annrev/${annee}`)))
          .code,
      ).toBe("4101");
    }
  });
});
