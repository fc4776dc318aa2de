// Example grids for the demo seed and the tests: the ones issue 5 asks an admin to be able to express.
// Monthly QF fiscal from the RFR, rounded down to the euro (bounds are whole euros, as communes publish them).
import type { DefinitionGrille } from "./definition.schema";

const quotientMensuelRfr = { source: "fiscal", revenu: "rfr", periode: "mensuel", arrondi: "euro_inferieur" } as const;
const colonneUnique = [{ code: "tarif", libelle: "Tarif", criteres: {} }];

const tranche = (min: number, max: number | null, prix: Record<string, number>) => ({
  minCentimes: min * 100,
  maxCentimes: max === null ? null : max * 100,
  prix,
});

/** Canteen, QF brackets: « QF 612 € → tranche 2 (de 501 € à 800 €) : 2,35 € ». PAI: 40 % (supervision). */
export const GRILLE_CANTINE_QF: DefinitionGrille = {
  version: 1,
  unite: "repas",
  quotient: quotientMensuelRfr,
  colonnes: colonneUnique,
  bareme: {
    type: "tranches",
    tranches: [
      tranche(0, 500, { tarif: 120 }),
      tranche(501, 800, { tarif: 235 }),
      tranche(801, 1200, { tarif: 340 }),
      tranche(1201, 1600, { tarif: 410 }),
      tranche(1601, null, { tarif: 450 }),
    ],
  },
  sansDonnees: "tranche_la_plus_haute",
  residenceAVerifier: "non_resident",
  modificateurs: { fratrie: [], pai: { type: "pourcentage", pourcentagePaye: 40 } },
  arrondi: "demi_superieur",
};

const bornesAccueil: [number, number | null][] = [
  [0, 400],
  [401, 650],
  [651, 900],
  [901, 1200],
  [1201, 1600],
  [1601, null],
];

/** Périscolaire care, 6 brackets, non-residents pay double; occasional attendance +20 %. */
function grilleAccueil(unite: "heure" | "demi_heure", prixResident: number[]): DefinitionGrille {
  return {
    version: 1,
    unite,
    quotient: quotientMensuelRfr,
    colonnes: [
      { code: "resident", libelle: "Résident", criteres: { residence: "resident" } },
      { code: "non_resident", libelle: "Non-résident", criteres: { residence: "non_resident" } },
    ],
    bareme: {
      type: "tranches",
      tranches: bornesAccueil.map(([min, max], i) =>
        tranche(min, max, { resident: prixResident[i]!, non_resident: 2 * prixResident[i]! }),
      ),
    },
    sansDonnees: "tranche_la_plus_haute",
    residenceAVerifier: "non_resident",
    modificateurs: { fratrie: [], occasionnel: { pourcentagePaye: 120 } },
    arrondi: "demi_superieur",
  };
}

/** By the hour (evening care): 0,60 € to 2,10 € for residents. */
export const GRILLE_PERISCOLAIRE_HORAIRE = grilleAccueil("heure", [60, 90, 120, 150, 180, 210]);

/** By the half-hour (morning care): the same grid at half price per unit. */
const GRILLE_ACCUEIL_DEMI_HEURE = grilleAccueil("demi_heure", [30, 45, 60, 75, 90, 105]);

/** Canteen at 0,36 % of the monthly QF, between 0,80 € and 4,50 € a meal (taux d'effort). */
export const GRILLE_CANTINE_TAUX_EFFORT: DefinitionGrille = {
  version: 1,
  unite: "repas",
  quotient: { source: "fiscal", revenu: "rfr", periode: "mensuel", arrondi: "centime" },
  colonnes: colonneUnique,
  bareme: {
    type: "taux_effort",
    parametres: { tarif: { tauxPourcent: 0.36, plancherCentimes: 80, plafondCentimes: 450 } },
  },
  sansDonnees: "plafond",
  residenceAVerifier: "non_resident",
  modificateurs: { fratrie: [] },
  arrondi: "demi_superieur",
};

/** Canteen by brackets where the third child (and the next ones) pays half. */
export const GRILLE_CANTINE_FRATRIE: DefinitionGrille = {
  ...GRILLE_CANTINE_QF,
  modificateurs: { fratrie: [{ aPartirDuRang: 3, pourcentagePaye: 50 }] },
};

/**
 * Canteen at 1 € in the lowest bracket, where the third child (and the next ones) pays half everywhere else: the
 * discount does not apply to bracket 1, which stays at 1,00 € (issue 22 §2).
 */
export const GRILLE_CANTINE_UN_EURO_FRATRIE: DefinitionGrille = {
  ...GRILLE_CANTINE_QF,
  bareme: {
    type: "tranches",
    tranches: [
      tranche(0, 500, { tarif: 100 }),
      tranche(501, 800, { tarif: 235 }),
      tranche(801, 1200, { tarif: 340 }),
      tranche(1201, 1600, { tarif: 410 }),
      tranche(1601, null, { tarif: 450 }),
    ],
  },
  modificateurs: { fratrie: [{ aPartirDuRang: 3, pourcentagePaye: 50, saufTranches: [1] }] },
};

/** Mercredi (day), TPI: 0,05 % of a 20 € full day per euro of monthly QF (CAF first), 10 % to 100 %. */
export const GRILLE_MERCREDI_TPI: DefinitionGrille = {
  version: 1,
  unite: "journee",
  quotient: { source: "caf_sinon_fiscal", revenu: "rfr", periode: "mensuel", arrondi: "euro_inferieur" },
  colonnes: colonneUnique,
  bareme: {
    type: "tpi",
    parametres: { tarif: { prixPleinCentimes: 2000, tauxPourcent: 0.05, plancherPourcent: 10, plafondPourcent: 100 } },
  },
  sansDonnees: "plafond",
  residenceAVerifier: "non_resident",
  modificateurs: { fratrie: [] },
  arrondi: "demi_superieur",
};

export const GRILLES_DEMO = {
  cantineQf: { nom: "Restauration scolaire : tranches de QF", definition: GRILLE_CANTINE_QF },
  periscolaireHoraire: { nom: "Accueil périscolaire : 6 tranches horaires", definition: GRILLE_PERISCOLAIRE_HORAIRE },
  cantineTauxEffort: { nom: "Restauration scolaire : taux d'effort 0,36 %", definition: GRILLE_CANTINE_TAUX_EFFORT },
  cantineFratrie: { nom: "Restauration scolaire : demi-tarif dès le 3e enfant", definition: GRILLE_CANTINE_FRATRIE },
  cantineUnEuroFratrie: {
    nom: "Restauration scolaire : 1 € en tranche 1, demi-tarif dès le 3e enfant ailleurs",
    definition: GRILLE_CANTINE_UN_EURO_FRATRIE,
  },
  accueilDemiHeure: { nom: "Accueil du matin : 6 tranches à la demi-heure", definition: GRILLE_ACCUEIL_DEMI_HEURE },
  mercrediTpi: { nom: "Mercredis : taux de participation individualisé", definition: GRILLE_MERCREDI_TPI },
} as const;

/** For the demo seed (lib/demo/seed.ts on main): one grid per kind of activity, each in the activity's unit. */
export const GRILLES_DEMO_PAR_ACTIVITE = {
  cantine: GRILLE_CANTINE_QF, // repas
  accueilMatin: GRILLE_ACCUEIL_DEMI_HEURE, // demi_heure
  accueilSoir: GRILLE_PERISCOLAIRE_HORAIRE, // heure
  mercredi: GRILLE_MERCREDI_TPI, // journee
} as const;
