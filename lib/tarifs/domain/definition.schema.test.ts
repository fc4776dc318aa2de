import { describe, expect, it } from "vitest";

import { remarquesGrille } from "./definition.coherence";
import { validerDefinition, type DefinitionGrille } from "./definition.schema";
import {
  GRILLE_CANTINE_QF,
  GRILLE_CANTINE_TAUX_EFFORT,
  GRILLE_MERCREDI_TPI,
  GRILLE_PERISCOLAIRE_HORAIRE,
  GRILLES_DEMO,
} from "./grilles-demo";

// Loosely typed on purpose: these tests build invalid definitions.
type Brut = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const avec = (def: DefinitionGrille, modifier: (d: Brut) => void): unknown => {
  const copie = structuredClone(def) as Brut;
  modifier(copie);
  return copie;
};

describe("validerDefinition : les grilles de démonstration", () => {
  it.each(Object.entries(GRILLES_DEMO))("la grille « %s » est valide", (_cle, g) => {
    const r = validerDefinition(g.definition);
    expect(r.ok ? [] : r.problemes).toEqual([]);
  });

  it("complète les valeurs par défaut (arrondi demi-supérieur, aucun modificateur)", () => {
    const { arrondi: _a, modificateurs: _m, residenceAVerifier: _r, ...minimal } = GRILLE_CANTINE_QF;
    const r = validerDefinition(minimal);
    expect(r.ok && [r.definition.arrondi, r.definition.modificateurs, r.definition.residenceAVerifier]).toEqual([
      "demi_superieur",
      { fratrie: [] },
      "non_resident",
    ]);
  });
});

type CasInvalide = [scenario: string, brute: unknown, chemin: (string | number)[], message: RegExp];

const invalides: CasInvalide[] = [
  [
    "une tranche qui chevauche la précédente",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[1].minCentimes = 50000)),
    ["bareme", "tranches", 1, "minCentimes"],
    /^Chevauche la tranche 1 : doit commencer à 501\s€$/,
  ],
  [
    "une tranche qui laisse un trou",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[2].minCentimes = 80500)),
    ["bareme", "tranches", 2, "minCentimes"],
    /^Laisse un trou après la tranche 2 : doit commencer à 801\s€$/,
  ],
  [
    "une première tranche qui ne commence pas à 0 €",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[0].minCentimes = 100)),
    ["bareme", "tranches", 0, "minCentimes"],
    /commencer à 0\s€/,
  ],
  [
    "une borne haute sous la borne basse",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[1].maxCentimes = 40000)),
    ["bareme", "tranches", 1, "maxCentimes"],
    /au moins égale à la borne basse \(501\s€\)/,
  ],
  [
    "une dernière tranche fermée",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[4].maxCentimes = 300000)),
    ["bareme", "tranches", 4, "maxCentimes"],
    /dernière tranche doit être sans borne haute/,
  ],
  [
    "une tranche du milieu sans borne haute",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[1].maxCentimes = null)),
    ["bareme", "tranches", 1, "maxCentimes"],
    /Seule la dernière tranche/,
  ],
  [
    "des centimes dans une borne alors que le quotient est arrondi à l'euro",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[0].maxCentimes = 50050)),
    ["bareme", "tranches", 0, "maxCentimes"],
    /euros entiers/,
  ],
  [
    "un prix manquant pour une colonne",
    avec(GRILLE_PERISCOLAIRE_HORAIRE, (d) => delete d.bareme.tranches[3].prix.non_resident),
    ["bareme", "tranches", 3, "prix", "non_resident"],
    /^Prix manquant pour la colonne « Non-résident »$/,
  ],
  [
    "un prix pour une colonne inconnue",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[0].prix.autre = 100)),
    ["bareme", "tranches", 0, "prix", "autre"],
    /Colonne inconnue : « autre »/,
  ],
  [
    "un prix négatif",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[0].prix.tarif = -5)),
    ["bareme", "tranches", 0, "prix", "tarif"],
    /ne peut pas être négatif/,
  ],
  [
    "un prix en fraction de centime",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[0].prix.tarif = 120.5)),
    ["bareme", "tranches", 0, "prix", "tarif"],
    /centimes entiers/,
  ],
  [
    "un plancher au-dessus du plafond",
    avec(GRILLE_CANTINE_TAUX_EFFORT, (d) => (d.bareme.parametres.tarif.plancherCentimes = 500)),
    ["bareme", "parametres", "tarif", "plafondCentimes"],
    /au moins égal au plancher \(5,00\s€\)/,
  ],
  [
    "un taux nul",
    avec(GRILLE_CANTINE_TAUX_EFFORT, (d) => (d.bareme.parametres.tarif.tauxPourcent = 0)),
    ["bareme", "parametres", "tarif", "tauxPourcent"],
    /strictement positif/,
  ],
  [
    "un taux à 5 décimales",
    avec(GRILLE_CANTINE_TAUX_EFFORT, (d) => (d.bareme.parametres.tarif.tauxPourcent = 0.36001)),
    ["bareme", "parametres", "tarif", "tauxPourcent"],
    /4 décimales au plus/,
  ],
  [
    "un TPI au-delà de 100 % du tarif plein",
    avec(GRILLE_MERCREDI_TPI, (d) => (d.bareme.parametres.tarif.plafondPourcent = 120)),
    ["bareme", "parametres", "tarif", "plafondPourcent"],
    /100 % au plus/,
  ],
  [
    "un TPI au plancher supérieur au plafond",
    avec(
      GRILLE_MERCREDI_TPI,
      (d) => (d.bareme.parametres.tarif.plancherPourcent = 60) && (d.bareme.parametres.tarif.plafondPourcent = 50),
    ),
    ["bareme", "parametres", "tarif", "plafondPourcent"],
    /au moins égal au plancher \(60\s%\)/,
  ],
  [
    "une colonne sans paramètres de taux",
    avec(
      GRILLE_CANTINE_TAUX_EFFORT,
      (d) =>
        d.colonnes.push({ code: "ext", libelle: "Extérieur", criteres: { residence: "non_resident" } }) &&
        (d.colonnes[0].criteres = { residence: "resident" }),
    ),
    ["bareme", "parametres", "ext"],
    /^Taux manquant pour la colonne « Extérieur »$/,
  ],
  [
    "deux colonnes au même code",
    avec(GRILLE_PERISCOLAIRE_HORAIRE, (d) => (d.colonnes[1].code = "resident")),
    ["colonnes", 1, "code"],
    /déjà utilisé par la colonne 1/,
  ],
  [
    "aucune colonne pour les non-résidents",
    avec(
      GRILLE_PERISCOLAIRE_HORAIRE,
      (d) => (d.colonnes[1].criteres = { residence: "non_resident", allocataireCaf: true }),
    ),
    ["colonnes"],
    /Aucune colonne ne s'applique à un foyer non-résident non allocataire CAF/,
  ],
  [
    "une colonne masquée par une colonne sans critère placée avant",
    avec(GRILLE_PERISCOLAIRE_HORAIRE, (d) => (d.colonnes[0].criteres = {})),
    ["colonnes", 1, "criteres"],
    /« Non-résident » ne sert jamais/,
  ],
  [
    "un QF CAF annuel",
    avec(GRILLE_MERCREDI_TPI, (d) => (d.quotient.periode = "annuel")),
    ["quotient", "periode"],
    /QF CAF est mensuel/,
  ],
  [
    "la règle « plafond » sur une grille par tranches",
    avec(GRILLE_CANTINE_QF, (d) => (d.sansDonnees = "plafond")),
    ["sansDonnees"],
    /tranche la plus haute/,
  ],
  [
    "des rangs de fratrie qui ne croissent pas",
    avec(
      GRILLE_CANTINE_QF,
      (d) =>
        (d.modificateurs.fratrie = [
          { aPartirDuRang: 3, pourcentagePaye: 50 },
          { aPartirDuRang: 3, pourcentagePaye: 0 },
        ]),
    ),
    ["modificateurs", "fratrie", 1, "aPartirDuRang"],
    /doivent croître/,
  ],
  [
    "un palier de fratrie limité à une tranche qui n'existe pas",
    avec(
      GRILLE_CANTINE_QF,
      (d) => (d.modificateurs.fratrie = [{ aPartirDuRang: 3, pourcentagePaye: 50, saufTranches: [6] }]),
    ),
    ["modificateurs", "fratrie", 0, "saufTranches"],
    /La tranche 6 n'existe pas \(la grille en a 5\)/,
  ],
  [
    "un palier de fratrie exclu de toutes les tranches",
    avec(
      GRILLE_CANTINE_QF,
      (d) => (d.modificateurs.fratrie = [{ aPartirDuRang: 3, pourcentagePaye: 50, saufTranches: [1, 2, 3, 4, 5] }]),
    ),
    ["modificateurs", "fratrie", 0, "saufTranches"],
    /ne s'appliquerait à aucune tranche/,
  ],
  [
    "une tranche exclue deux fois",
    avec(
      GRILLE_CANTINE_QF,
      (d) => (d.modificateurs.fratrie = [{ aPartirDuRang: 3, pourcentagePaye: 50, saufTranches: [1, 1] }]),
    ),
    ["modificateurs", "fratrie", 0, "saufTranches"],
    /Tranche 1 citée deux fois/,
  ],
  [
    "des tranches exclues sur une grille à taux",
    avec(
      GRILLE_CANTINE_TAUX_EFFORT,
      (d) => (d.modificateurs.fratrie = [{ aPartirDuRang: 3, pourcentagePaye: 50, saufTranches: [1] }]),
    ),
    ["modificateurs", "fratrie", 0, "saufTranches"],
    /Seule une grille par tranches/,
  ],
  [
    "un mode de calcul inconnu",
    avec(GRILLE_CANTINE_QF, (d) => (d.bareme.type = "forfait")),
    ["bareme", "type"],
    /« tranches », « taux_effort » ou « tpi »/,
  ],
  [
    "une unité de vente inconnue",
    avec(GRILLE_CANTINE_QF, (d) => (d.unite = "semaine")),
    ["unite"],
    /Unité de vente inconnue/,
  ],
  ["un champ inconnu", avec(GRILLE_CANTINE_QF, (d) => (d.remise = 10)), [], /remise/],
];

describe("validerDefinition : problèmes signalés au champ fautif, en français", () => {
  it.each(invalides)("refuse %s", (_scenario, brute, chemin, message) => {
    const r = validerDefinition(brute);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const trouve = r.problemes.find(
      (p) => JSON.stringify(p.chemin) === JSON.stringify(chemin) && message.test(p.message),
    );
    expect(trouve, JSON.stringify(r.problemes)).toBeDefined();
  });
});

describe("remarquesGrille", () => {
  it("signale sans bloquer un prix qui baisse quand le quotient monte", () => {
    const d = structuredClone(GRILLE_CANTINE_QF);
    if (d.bareme.type === "tranches") d.bareme.tranches[3]!.prix.tarif = 300;
    expect(validerDefinition(d).ok).toBe(true);
    expect(remarquesGrille(d)).toEqual([
      {
        chemin: ["bareme", "tranches", 3, "prix", "tarif"],
        message: "Prix inférieur à celui de la tranche 3 (3,40\u00a0€) alors que le quotient augmente",
      },
    ]);
  });
  it("ne dit rien d'une grille croissante", () => {
    expect(remarquesGrille(GRILLE_PERISCOLAIRE_HORAIRE)).toEqual([]);
  });
});

describe("validerDefinition : un problème, un message", () => {
  it("une tranche inversée n'entraîne pas en plus un faux « trou » sur la suivante", () => {
    const r = validerDefinition(avec(GRILLE_CANTINE_QF, (d) => (d.bareme.tranches[1].maxCentimes = 40000)));
    expect(r.ok ? [] : r.problemes.map((p) => p.chemin.join("."))).toEqual(["bareme.tranches.1.maxCentimes"]);
  });
});
