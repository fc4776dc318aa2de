// The client against the simulator's answer variants (issue 15, point 9): a 200 with a null or a number as text in
// a field the portal does not use, numbers as text in the fields it uses, aftDetail absent or partial, the commune
// under another name, the postcode as a number. Each gives the same data, and the same residence.
import { describe, expect, it } from "vitest";

import { extraireDonneesFiscales } from "@/lib/fiscal/domain/donnees-fiscales";
import { resoudreResidence } from "@/lib/territoire/domain/residence";
import { persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { clientDeTest } from "@/tests/support/client-dgfip";

const b = utiliserBanc("2026-09-15");

const TERRITOIRE = [
  { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: ["00100"] },
  { codeInsee: "00102", nom: "Saint-Amand-de-Lys", codesPostaux: ["00110"] },
  { codeInsee: "00103", nom: "Les Aulnes", codesPostaux: ["00110"] },
];

const variante = (v: string) => clientDeTest(b, { alterer: (h) => h.set("X-Simulateur-Variante", v) });
const spi = (id: string, multiple = false) => ({ mode: "spi" as const, spi: persona(id).spi, annee: 2025, multiple });
const fc = (id: string) => {
  const { jeton, expireLe } = b.fc.emettre(persona(id));
  return { mode: "franceconnect" as const, jetonFranceConnect: jeton, jetonExpireLe: expireLe, annee: 2025 };
};

describe("client DGFiP : une réponse 200 telle qu'elle arrive reste une réponse", () => {
  it.each([
    "nulls",
    "nombres-en-texte",
    "nulls;nombres-en-texte",
    "aft=absent",
    "aft=partiel",
    "code-postal-nombre",
    "nulls;nombres-en-texte;aft=partiel;code-postal-nombre",
  ])("variante %s en mode SPI : les mêmes données que la forme soignée", async (v) => {
    const soignee = await clientDeTest(b).api.situationsIr(spi("marianne-dupont"));
    const r = await variante(v).api.situationsIr(spi("marianne-dupont"));
    expect(r).toMatchObject({ ok: true, tentatives: 1 });
    if (!r.ok || !soignee.ok) return;
    const [s] = r.situations;
    const [attendu] = soignee.situations;
    expect(extraireDonneesFiscales(s!)).toEqual(extraireDonneesFiscales(attendu!));
    expect(extraireDonneesFiscales(s!)).toMatchObject({
      rfr: 48200,
      nbParts: 3,
      nbPersonnesCharge: 2,
      adresse: { codePostal: "00100", commune: "BELLECOMBE SUR LYS" },
    });
  });

  it("variante nulls en mode FranceConnect (revenu imposable et champs sans scope à null) : lue, sans revenu imposable", async () => {
    const r = await variante("nulls").api.situationsIr({ ...fc("sophie-martin"), multiple: false });
    expect(r.ok && extraireDonneesFiscales(r.situations[0]!)).toMatchObject({
      rfr: 19800,
      revenuImposable: null,
      parentIsole: true,
    });
  });

  it("ressource multiple en nombres en texte et nulls : chaque période lue, dates comprises", async () => {
    const r = await variante("nulls;nombres-en-texte").api.situationsIr(spi("jeanne-robert", true));
    expect(r.ok && r.situations.map((s) => [s.rfr, s.sitFam, s.dateFinPeriode, s.dateDecesdec2 ?? null])).toEqual([
      [17600, "M", "2025-06-14", "2025-06-14"],
      [14200, "V", "2025-12-31", null],
    ]);
  });

  it.each(["Bellecombe-sur-Lys", "BELLECOMBE-SUR-LYS CEDEX", "Bellecombe sur Lys Cédex 02", "BELLECOMBE S/ LYS"])(
    "commune « %s » : résident de Bellecombe-sur-Lys, avec ou sans aftDetail",
    async (nom) => {
      for (const v of [`commune=${encodeURIComponent(nom)}`, `commune=${encodeURIComponent(nom)};aft=absent`]) {
        const r = await variante(v).api.situationsIr(spi("marianne-dupont"));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const { adresse } = extraireDonneesFiscales(r.situations[0]!);
        expect(resoudreResidence(adresse, TERRITOIRE)).toEqual({
          statut: "resident",
          commune: { codeInsee: "00101", nom: "Bellecombe-sur-Lys" },
        });
      }
    },
  );

  it("la personne Thomas Garnier (variante de la population) : forme brute en SPI comme en FranceConnect, résident de Saint-Amand-de-Lys", async () => {
    for (const d of [spi("thomas-garnier"), { ...fc("thomas-garnier"), multiple: false }]) {
      const r = await clientDeTest(b).api.situationsIr(d);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const donnees = extraireDonneesFiscales(r.situations[0]!);
      expect(donnees).toMatchObject({ rfr: 22600, nbParts: 1.5, nbPersonnesCharge: 1 });
      expect(donnees.adresse).toMatchObject({ codePostal: "00110", commune: "ST-AMAND-DE-LYS CEDEX" });
      expect(resoudreResidence(donnees.adresse, TERRITOIRE)).toMatchObject({
        statut: "resident",
        commune: { codeInsee: "00102" },
      });
    }
  });

  it("un nombre en texte ambigu dans un champ utilisé reste un corps invalide (jamais deviné)", async () => {
    const r = await clientDeTest(b, { panne: "corps=invalide" }).api.situationsIr(spi("marianne-dupont"));
    expect(r).toMatchObject({ ok: false, raison: "echec_amont", code: "CORPS_INVALIDE" });
  });
});
