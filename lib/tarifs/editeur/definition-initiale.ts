// The first draft of a new grid, before the admin fills it in: valid (a draft is always a valid definition) and
// obviously unfinished (prices at 0 €), in the activity's unit. Monthly QF from the RFR, the most common choice,
// rounded to the euro below in every mode: switching modes never changes the rounding behind the admin's back.
import type { DefinitionGrille, UniteVente } from "../domain/definition.schema";
import type { ModeBareme } from "./modele";

export function definitionInitiale(mode: ModeBareme, unite: UniteVente): DefinitionGrille {
  const commun = {
    version: 1 as const,
    unite,
    colonnes: [{ code: "tarif", libelle: "Tarif", criteres: {} }],
    residenceAVerifier: "non_resident" as const,
    modificateurs: { fratrie: [] },
    arrondi: "demi_superieur" as const,
  };
  const quotient = { source: "fiscal", revenu: "rfr", periode: "mensuel", arrondi: "euro_inferieur" } as const;
  if (mode === "tranches") {
    return {
      ...commun,
      quotient,
      bareme: { type: "tranches", tranches: [{ minCentimes: 0, maxCentimes: null, prix: { tarif: 0 } }] },
      sansDonnees: "tranche_la_plus_haute",
    };
  }
  if (mode === "taux_effort") {
    return {
      ...commun,
      quotient,
      bareme: {
        type: "taux_effort",
        parametres: { tarif: { tauxPourcent: 1, plancherCentimes: 0, plafondCentimes: 0 } },
      },
      sansDonnees: "plafond",
    };
  }
  return {
    ...commun,
    quotient,
    bareme: {
      type: "tpi",
      parametres: { tarif: { prixPleinCentimes: 0, tauxPourcent: 0.1, plancherPourcent: 0, plafondPourcent: 100 } },
    },
    sansDonnees: "plafond",
  };
}
