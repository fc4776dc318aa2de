// Re-pricing a family under another grid version from what its fixed price stored (the explanation), because the
// raw tax data may have been purged since. Only what the explanation proves is reused: a quotient the new grid
// does not accept, or a family that had data the old grid could not use, is reported, never guessed.
import { calculerTarif } from "./calculer-tarif";
import type { DefinitionGrille } from "./definition.schema";
import type { EntreeTarif } from "./entree";
import { explicationTarif } from "./explication.schema";

export type MotifNonRecalculable = "explication_illisible" | "quotient_inconnu" | "quotient_incompatible";

export type Recalcul = { ok: true; montantCentimes: number } | { ok: false; motif: MotifNonRecalculable };

export const LIBELLES_NON_RECALCULABLE: Record<MotifNonRecalculable, string> = {
  explication_illisible: "explication du tarif actuel illisible",
  quotient_inconnu: "le quotient de la famille n'a pas été conservé (l'ancienne grille ne l'utilisait pas)",
  quotient_incompatible: "la nouvelle grille demande un autre quotient que celui conservé",
};

export function entreeDepuisExplication(
  brute: unknown,
): { ok: true; entree: EntreeTarif } | { ok: false; motif: MotifNonRecalculable } {
  const e = explicationTarif.safeParse(brute);
  if (!e.success) return { ok: false, motif: "explication_illisible" };
  const { quotient: q, situation: s } = e.data;
  // "aucune_donnee" is a fact about the family (no data at all); other motives only say the old grid's quotient
  // could not be computed, while the family may well have had data another grid could use.
  if (!q.disponible && q.motif !== "aucune_donnee") return { ok: false, motif: "quotient_inconnu" };
  return {
    ok: true,
    entree: {
      quotient: q.disponible
        ? {
            valeurCentimes: q.valeurCentimes,
            periode: q.periode,
            nature: q.nature,
            source: q.source,
            anneeRevenus: q.anneeRevenus,
            mois: q.mois,
          }
        : null,
      residence: s.residence,
      allocataireCaf: s.allocataireCaf,
      rangFratrie: s.rangFratrie,
      pai: s.pai,
      frequence: s.frequence,
    },
  };
}

export function recalculer(def: DefinitionGrille, explicationStockee: unknown): Recalcul {
  const e = entreeDepuisExplication(explicationStockee);
  if (!e.ok) return e;
  const r = calculerTarif(def, e.entree);
  const q = r.explication.quotient;
  if (!q.disponible && q.motif === "quotient_incompatible") return { ok: false, motif: "quotient_incompatible" };
  return { ok: true, montantCentimes: r.montantCentimes };
}
