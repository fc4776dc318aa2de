// Should a validation re-price an enrolment, and from what? The price fixed at submission stands unless the agent
// brought something new: a fiscal snapshot recorded after that price (manual entry, successful retry), a residence
// decided for an address the automation could not place, or no price at all. Re-pricing from the stored
// explanation (residence only) reuses the quotient it proves, since raw tax data may be purged. Pure.
import type { DonneesFiscales, EntreeTarif, Residence } from "@/lib/tarifs/domain/entree";
import { entreeDepuisExplication, type MotifNonRecalculable } from "@/lib/tarifs/domain/recalcul";

export interface InstantaneRetenu {
  recupereLe: Date;
  fiscal: DonneesFiscales;
  /** From the snapshot's adresse fiscale against the territory. */
  residence: Residence;
}

export interface SituationInscription {
  tarifActuel: { fixeLe: Date; explication: unknown } | null;
  /** The foyer's latest usable snapshot (one situation, RFR and parts known), if any. */
  instantane: InstantaneRetenu | null;
  /** Decided by the agent; null: as the address says. */
  residenceChoisie: "resident" | "non_resident" | null;
  /** The family chose "sans tarification solidaire": tax data never prices its enrolments. */
  sansTarification: boolean;
  rangFratrie: number;
  pai: boolean;
  frequence: "reguliere" | "occasionnelle";
}

export type MotifRecalcul = "nouvelles_donnees" | "residence" | "sans_tarif";

export type Retarification =
  | { genre: "inchange" }
  | { genre: "recalcul"; motif: MotifRecalcul; entree: EntreeTarif }
  | { genre: "impossible"; motif: MotifNonRecalculable };

export function retarification(s: SituationInscription): Retarification {
  const fiscal = s.sansTarification ? null : (s.instantane?.fiscal ?? null);
  const depuisInstantane = (motif: MotifRecalcul): Retarification => ({
    genre: "recalcul",
    motif,
    entree: {
      fiscal,
      residence: s.residenceChoisie ?? s.instantane?.residence ?? "a_verifier",
      rangFratrie: s.rangFratrie,
      pai: s.pai,
      frequence: s.frequence,
    },
  });
  if (!s.tarifActuel) return depuisInstantane("sans_tarif");
  const nouvelles = !s.sansTarification && s.instantane !== null && s.instantane.recupereLe > s.tarifActuel.fixeLe;
  if (nouvelles) return depuisInstantane("nouvelles_donnees");
  if (!s.residenceChoisie) return { genre: "inchange" };
  const e = entreeDepuisExplication(s.tarifActuel.explication);
  if (!e.ok)
    return fiscal || s.sansTarification ? depuisInstantane("residence") : { genre: "impossible", motif: e.motif };
  if (e.entree.residence === s.residenceChoisie) return { genre: "inchange" };
  return { genre: "recalcul", motif: "residence", entree: { ...e.entree, residence: s.residenceChoisie } };
}
