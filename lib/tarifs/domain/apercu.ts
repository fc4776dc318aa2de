// The admin's preview calculator: a quotient typed by hand (in the grid's own period) and a situation → the
// price with its explanation, exactly as a family would get it.
import { calculerTarif, type ResultatTarif } from "./calculer-tarif";
import type { DefinitionGrille } from "./definition.schema";
import type { EntreeTarif, Residence } from "./entree";
import { expliquerEnFrancais } from "./explication-texte";

export interface SaisieApercu {
  /** null: no data (declined consent) → the grid's no-data rule. */
  quotientCentimes: number | null;
  residence: Residence;
  allocataireCaf: boolean;
  rangFratrie: number;
  pai: boolean;
  frequence: "reguliere" | "occasionnelle";
}

export function apercuTarif(def: DefinitionGrille, s: SaisieApercu): ResultatTarif & { lignes: string[] } {
  const entree: EntreeTarif = {
    quotient:
      s.quotientCentimes === null
        ? null
        : {
            valeurCentimes: s.quotientCentimes,
            periode: def.quotient.periode,
            nature: "saisi",
            source: "saisie_apercu",
            anneeRevenus: null,
            mois: null,
          },
    residence: s.residence,
    allocataireCaf: s.allocataireCaf,
    rangFratrie: s.rangFratrie,
    pai: s.pai,
    frequence: s.frequence,
  };
  const r = calculerTarif(def, entree);
  return { ...r, lignes: expliquerEnFrancais(r.explication) };
}
