import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { arbGrille, arbGrilleTaux, arbGrilleTranches } from "./arbitraires.fixture";
import { calculerTarif } from "./calculer-tarif";
import { validerDefinition, type DefinitionGrille } from "./definition.schema";
import type { EntreeTarif } from "./entree";
import { arrondir, depuisDecimal, fraction, multiplier } from "./fraction";

const quotient = fc.integer({ min: 0, max: 100_000_000 });
const situation = fc.record({
  residence: fc.constantFrom("resident" as const, "non_resident" as const, "a_verifier" as const),
  allocataireCaf: fc.boolean(),
});
const saisi = (def: DefinitionGrille, valeurCentimes: number): EntreeTarif["quotient"] => ({
  valeurCentimes,
  periode: def.quotient.periode,
  nature: "saisi",
  source: "saisie_apercu",
  anneeRevenus: null,
  mois: null,
});

describe("propriétés du moteur", () => {
  it("les grilles générées pour ces propriétés sont valides", () => {
    fc.assert(
      fc.property(arbGrille(), (def) => {
        const r = validerDefinition(def);
        expect(r.ok ? [] : r.problemes).toEqual([]);
      }),
    );
  });

  it("tranches : le prix ne baisse jamais quand le quotient monte, si la grille est croissante", () => {
    fc.assert(
      fc.property(
        arbGrilleTranches({ croissante: true, sansModificateur: true }),
        quotient,
        quotient,
        situation,
        (def, a, b, s) => {
          const [q1, q2] = a <= b ? [a, b] : [b, a];
          const p1 = calculerTarif(def, { ...s, quotient: saisi(def, q1) }).montantCentimes;
          const p2 = calculerTarif(def, { ...s, quotient: saisi(def, q2) }).montantCentimes;
          expect(p1).toBeLessThanOrEqual(p2);
        },
      ),
    );
  });

  it("tranches : le prix est celui que la grille écrit pour la tranche qui contient le quotient (même décroissante)", () => {
    fc.assert(
      fc.property(arbGrilleTranches({ sansModificateur: true }), quotient, situation, (def, q, s) => {
        const r = calculerTarif(def, { ...s, quotient: saisi(def, q) });
        if (def.bareme.type !== "tranches" || r.explication.base.type !== "tranche") throw new Error("mode inattendu");
        const qArrondi = r.explication.quotient.disponible ? r.explication.quotient.valeurCentimes : -1;
        const t = def.bareme.tranches[r.explication.base.numero - 1]!;
        expect(qArrondi >= t.minCentimes && (t.maxCentimes === null || qArrondi <= t.maxCentimes)).toBe(true);
        expect(r.montantCentimes).toBe(t.prix[r.explication.colonne.code]);
      }),
    );
  });

  it("taux : le prix reste toujours entre le plancher et le plafond (avant modificateurs)", () => {
    fc.assert(
      fc.property(
        arbGrilleTaux({ sansModificateur: true }),
        fc.option(quotient, { nil: null }),
        situation,
        (def, q, s) => {
          const r = calculerTarif(def, { ...s, quotient: q === null ? null : saisi(def, q) });
          const p = def.bareme.type !== "tranches" ? def.bareme.parametres[r.explication.colonne.code] : undefined;
          if (!p) throw new Error("mode inattendu");
          const [bas, haut] =
            "plancherCentimes" in p
              ? [BigInt(p.plancherCentimes), BigInt(p.plafondCentimes)]
              : [p.plancherPourcent, p.plafondPourcent].map((x) =>
                  arrondir(
                    multiplier(fraction(p.prixPleinCentimes), multiplier(depuisDecimal(x, 2), fraction(1, 100))),
                    def.arrondi,
                  ),
                );
          expect(BigInt(r.montantCentimes) >= bas! && BigInt(r.montantCentimes) <= haut!).toBe(true);
          if (q === null) expect(BigInt(r.montantCentimes)).toBe(haut);
        },
      ),
    );
  });

  it("une réduction de fratrie (≤ 100 %) ne fait jamais payer plus qu'au 1er enfant", () => {
    fc.assert(
      fc.property(arbGrille(), quotient, fc.integer({ min: 2, max: 8 }), (def, q, rang) => {
        const base = { residence: "resident" as const, quotient: saisi(def, q) };
        expect(calculerTarif(def, { ...base, rangFratrie: rang }).montantCentimes).toBeLessThanOrEqual(
          calculerTarif(def, { ...base, rangFratrie: 1 }).montantCentimes,
        );
      }),
    );
  });

  it("le montant est toujours un nombre entier de centimes, positif ou nul, égal à celui de l'explication", () => {
    fc.assert(
      fc.property(
        arbGrille(),
        fc.option(quotient, { nil: null }),
        situation,
        fc.boolean(),
        fc.boolean(),
        (def, q, s, pai, occ) => {
          const r = calculerTarif(def, {
            ...s,
            pai,
            frequence: occ ? "occasionnelle" : "reguliere",
            quotient: q === null ? null : saisi(def, q),
          });
          expect(Number.isSafeInteger(r.montantCentimes) && r.montantCentimes >= 0).toBe(true);
          expect(r.explication.montantCentimes).toBe(r.montantCentimes);
        },
      ),
    );
  });
});
