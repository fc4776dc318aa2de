// fast-check generators of VALID grid definitions, for property tests (engine, CSV round trip). Built
// constructively (contiguous bounds, every column priced) rather than filtered, so that every run tests real grids.
import fc from "fast-check";

import { UNITES_VENTE, type Colonne, type DefinitionGrille } from "./definition.schema";

const prix = fc.integer({ min: 0, max: 5_000 });
const decimales = (max: number, d: number, min = 0) =>
  fc.integer({ min: Math.round(min * 10 ** d), max: max * 10 ** d }).map((x) => x / 10 ** d);

const quotient = fc.record({
  source: fc.constantFrom("fiscal" as const),
  revenu: fc.constantFrom("rfr" as const, "revenu_imposable" as const),
  periode: fc.constantFrom("annuel" as const, "mensuel" as const),
  arrondi: fc.constantFrom("centime" as const, "euro" as const, "euro_inferieur" as const),
});

const colonnesEtCodes: fc.Arbitrary<Colonne[]> = fc.constantFrom<Colonne[]>(
  [{ code: "tarif", libelle: "Tarif", criteres: {} }],
  [
    { code: "resident", libelle: "Résident", criteres: { residence: "resident" } },
    { code: "non_resident", libelle: "Non-résident ; « extérieur »", criteres: {} },
  ],
  [
    { code: "caf", libelle: "Allocataire CAF", criteres: { allocataireCaf: true } },
    { code: "autre", libelle: "Autres", criteres: {} },
  ],
);

type Modificateurs = DefinitionGrille["modificateurs"];
const aucunModificateur: fc.Arbitrary<Modificateurs> = fc.constant({ fratrie: [] });
const modificateurs: fc.Arbitrary<Modificateurs> = fc.record({
  fratrie: fc
    .uniqueArray(fc.integer({ min: 2, max: 6 }), { maxLength: 3 })
    .chain((rangs) =>
      fc.tuple(
        ...[...rangs]
          .sort((a, b) => a - b)
          .map((r) => fc.record({ aPartirDuRang: fc.constant(r), pourcentagePaye: decimales(100, 2) })),
      ),
    ),
  pai: fc.option(
    fc.oneof(
      fc.record({ type: fc.constant("pourcentage" as const), pourcentagePaye: decimales(100, 2) }),
      fc.record({ type: fc.constant("prix_fixe" as const), prixCentimes: prix }),
    ),
    { nil: undefined },
  ),
  occasionnel: fc.option(fc.record({ pourcentagePaye: decimales(300, 2) }), { nil: undefined }),
});

const commun = {
  version: fc.constant(1 as const),
  unite: fc.constantFrom(...UNITES_VENTE),
  residenceAVerifier: fc.constantFrom("resident" as const, "non_resident" as const),
  arrondi: fc.constantFrom("demi_superieur" as const, "inferieur" as const, "superieur" as const),
};

/** Bracket grids; `croissante` makes prices non-decreasing along the brackets in every column. */
export function arbGrilleTranches(
  options: { croissante?: boolean; sansModificateur?: boolean } = {},
): fc.Arbitrary<DefinitionGrille> {
  return fc
    .record({
      ...commun,
      quotient,
      colonnes: colonnesEtCodes,
      largeurs: fc.array(fc.integer({ min: 1, max: 80_000 }), { minLength: 0, maxLength: 7 }),
      modificateurs: options.sansModificateur ? aucunModificateur : modificateurs,
    })
    .chain(({ largeurs, colonnes, ...r }) => {
      const n = largeurs.length + 1;
      const prixParColonne = colonnes.map(() =>
        fc
          .array(prix, { minLength: n, maxLength: n })
          .map((p) => (options.croissante ? [...p].sort((a, b) => a - b) : p)),
      );
      // Some sibling steps kept out of some brackets (never all of them).
      const numeros = Array.from({ length: n }, (_, i) => i + 1);
      const sauf = fc.array(
        fc.subarray(numeros).filter((a) => a.length < n),
        { minLength: r.modificateurs.fratrie.length, maxLength: r.modificateurs.fratrie.length },
      );
      return fc.tuple(fc.tuple(...prixParColonne), sauf).map(([tableaux, exclusions]) => {
        const pas = r.quotient.arrondi === "centime" ? 1 : 100;
        let min = 0;
        const tranches = Array.from({ length: n }, (_, i) => {
          const largeur = largeurs[i];
          const max = largeur === undefined ? null : min + largeur * pas;
          const t = {
            minCentimes: min,
            maxCentimes: max,
            prix: Object.fromEntries(colonnes.map((c, j) => [c.code, tableaux[j]![i]!])),
          };
          if (max !== null) min = max + pas;
          return t;
        });
        const fratrie = r.modificateurs.fratrie.map((p, i) =>
          exclusions[i]?.length ? { ...p, saufTranches: exclusions[i] } : p,
        );
        return {
          ...r,
          modificateurs: { ...r.modificateurs, fratrie },
          colonnes,
          bareme: { type: "tranches" as const, tranches },
          sansDonnees: "tranche_la_plus_haute" as const,
        };
      });
    });
}

const parametresTauxEffort = fc
  .tuple(decimales(10, 4, 0.0001), prix, prix)
  .map(([tauxPourcent, a, b]) => ({ tauxPourcent, plancherCentimes: Math.min(a, b), plafondCentimes: Math.max(a, b) }));
const parametresTpi = fc
  .tuple(prix, decimales(1, 4, 0.0001), decimales(100, 2), decimales(100, 2))
  .map(([prixPleinCentimes, tauxPourcent, a, b]) => ({
    prixPleinCentimes,
    tauxPourcent,
    plancherPourcent: Math.min(a, b),
    plafondPourcent: Math.max(a, b),
  }));

/** Rate grids (taux d'effort or TPI). */
export function arbGrilleTaux(options: { sansModificateur?: boolean } = {}): fc.Arbitrary<DefinitionGrille> {
  return fc
    .record({
      ...commun,
      quotient,
      colonnes: colonnesEtCodes,
      tpi: fc.boolean(),
      modificateurs: options.sansModificateur ? aucunModificateur : modificateurs,
    })
    .chain(({ colonnes, tpi, ...r }) =>
      fc.tuple(...colonnes.map(() => (tpi ? parametresTpi : parametresTauxEffort))).map((params) => {
        const parametres = Object.fromEntries(colonnes.map((c, i) => [c.code, params[i]!]));
        const bareme = tpi ? { type: "tpi" as const, parametres } : { type: "taux_effort" as const, parametres };
        return { ...r, colonnes, bareme, sansDonnees: "plafond" as const } as DefinitionGrille;
      }),
    );
}

export const arbGrille = (): fc.Arbitrary<DefinitionGrille> => fc.oneof(arbGrilleTranches(), arbGrilleTaux());
