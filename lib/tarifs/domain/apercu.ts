// The admin's preview calculator: a family simulated as the portal would see it — a quotient typed in the grid's own
// period, or the raw data the family would bring (revenue and parts as on a tax notice, or a monthly QF CAF) — and
// its situation → the price with the explanation the family would get.
import { calculerTarif, type ResultatTarif } from "./calculer-tarif";
import type { DefinitionGrille } from "./definition.schema";
import type { EntreeTarif, Residence } from "./entree";
import { expliquerEnFrancais } from "./explication-texte";

export type RevenusApercu =
  /** A quotient in the grid's own period (annual or monthly). */
  | { type: "quotient"; centimes: number }
  /** The revenue the grid asks for (RFR or revenu imposable, yearly, whole euros) and the nombre de parts. */
  | { type: "fiscal"; revenuEuros: number; nombreParts: number }
  /** A monthly QF CAF. */
  | { type: "caf"; centimes: number }
  /** No data (declined consent, nothing found) → the grid's no-data rule. */
  | { type: "aucun" };

export interface SaisieApercu {
  revenus: RevenusApercu;
  residence: Residence;
  allocataireCaf: boolean;
  rangFratrie: number;
  pai: boolean;
  frequence: "reguliere" | "occasionnelle";
}

/** The engine's input for a simulated family: the data go through the same quotient rules as a real family's. */
export function entreeApercu(def: DefinitionGrille, s: SaisieApercu): EntreeTarif {
  const r = s.revenus;
  const situation = {
    residence: s.residence,
    allocataireCaf: s.allocataireCaf,
    rangFratrie: s.rangFratrie,
    pai: s.pai,
    frequence: s.frequence,
  };
  const saisi = { source: "saisie_apercu", anneeRevenus: null, mois: null } as const;
  switch (r.type) {
    case "quotient":
      return {
        ...situation,
        quotient: { ...saisi, valeurCentimes: r.centimes, periode: def.quotient.periode, nature: "saisi" },
      };
    case "caf":
      return { ...situation, quotient: { ...saisi, valeurCentimes: r.centimes, periode: "mensuel", nature: "caf" } };
    case "fiscal": {
      const rfr = def.quotient.revenu === "rfr";
      return {
        ...situation,
        fiscal: {
          rfrEuros: rfr ? r.revenuEuros : null,
          revenuImposableEuros: rfr ? null : r.revenuEuros,
          nombreParts: r.nombreParts,
          anneeRevenus: null,
          source: "saisie_apercu",
        },
      };
    }
    case "aucun":
      return { ...situation, quotient: null };
  }
}

export function apercuTarif(def: DefinitionGrille, s: SaisieApercu): ResultatTarif & { lignes: string[] } {
  const r = calculerTarif(def, entreeApercu(def, s));
  return { ...r, lignes: expliquerEnFrancais(r.explication) };
}
