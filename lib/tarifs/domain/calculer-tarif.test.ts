import { describe, expect, it } from "vitest";

import { calculerTarif } from "./calculer-tarif";
import type { DefinitionGrille } from "./definition.schema";
import type { DonneesFiscales, EntreeTarif } from "./entree";
import {
  GRILLE_CANTINE_FRATRIE,
  GRILLE_CANTINE_QF,
  GRILLE_CANTINE_TAUX_EFFORT,
  GRILLE_CANTINE_UN_EURO_FRATRIE,
  GRILLE_MERCREDI_TPI,
  GRILLE_PERISCOLAIRE_HORAIRE,
} from "./grilles-demo";

const fiscal = (
  rfrEuros: number | null,
  nombreParts: number,
  autres: Partial<DonneesFiscales> = {},
): DonneesFiscales => ({
  rfrEuros,
  revenuImposableEuros: null,
  nombreParts,
  anneeRevenus: 2025,
  source: "dgfip_franceconnect",
  ...autres,
});
/** A household whose monthly QF (1 part) is exactly `euros` €. */
const qfMensuel = (euros: number) => ({ fiscal: fiscal(euros * 12, 1) });
const resident = { residence: "resident" as const };

const avecFratrie = (fratrie: DefinitionGrille["modificateurs"]["fratrie"]): DefinitionGrille => ({
  ...GRILLE_CANTINE_UN_EURO_FRATRIE,
  modificateurs: { fratrie },
});

type Cas = [scenario: string, DefinitionGrille, EntreeTarif, attendu: number];

const cas: Cas[] = [
  // Brackets: inclusive bounds, quotient rounded down to the euro.
  [
    "étant donné un QF de 612 € (RFR 22 032 €, 3 parts), la cantine est au prix de la tranche 2",
    GRILLE_CANTINE_QF,
    { ...resident, fiscal: fiscal(22032, 3) },
    235,
  ],
  [
    "étant donné un QF de 500 €, borne haute incluse de la tranche 1",
    GRILLE_CANTINE_QF,
    { ...resident, ...qfMensuel(500) },
    120,
  ],
  [
    "étant donné un QF de 500,92 € arrondi à l'euro inférieur, la tranche 1 s'applique encore",
    GRILLE_CANTINE_QF,
    { ...resident, fiscal: fiscal(6011, 1) },
    120,
  ],
  [
    "étant donné un QF de 501 €, borne basse incluse de la tranche 2",
    GRILLE_CANTINE_QF,
    { ...resident, ...qfMensuel(501) },
    235,
  ],
  [
    "étant donné un QF de 800 €, dernière valeur de la tranche 2",
    GRILLE_CANTINE_QF,
    { ...resident, ...qfMensuel(800) },
    235,
  ],
  [
    "étant donné un QF de 801 €, première valeur de la tranche 3",
    GRILLE_CANTINE_QF,
    { ...resident, ...qfMensuel(801) },
    340,
  ],
  [
    "étant donné un RFR nul, le quotient est 0 € et la tranche 1 s'applique",
    GRILLE_CANTINE_QF,
    { ...resident, fiscal: fiscal(0, 2) },
    120,
  ],
  [
    "étant donné un RFR de 412 000 € pour 2,5 parts, la tranche ouverte s'applique",
    GRILLE_CANTINE_QF,
    { ...resident, fiscal: fiscal(412000, 2.5) },
    450,
  ],
  // Missing data.
  ["sans aucune donnée (consentement refusé), la tranche la plus haute s'applique", GRILLE_CANTINE_QF, resident, 450],
  [
    "sans RFR dans les données reçues, la tranche la plus haute s'applique",
    GRILLE_CANTINE_QF,
    { ...resident, fiscal: fiscal(null, 2) },
    450,
  ],
  [
    "avec un nombre de parts nul, la tranche la plus haute s'applique",
    GRILLE_CANTINE_QF,
    { ...resident, fiscal: fiscal(20000, 0) },
    450,
  ],
  [
    "avec un nombre de parts qui n'est pas un multiple de 0,25, la tranche la plus haute s'applique",
    GRILLE_CANTINE_QF,
    { ...resident, fiscal: fiscal(20000, 1.3) },
    450,
  ],
  ["sans données, un taux d'effort applique son plafond", GRILLE_CANTINE_TAUX_EFFORT, resident, 450],
  ["sans données, un TPI applique son plafond (100 % du tarif plein)", GRILLE_MERCREDI_TPI, resident, 2000],
  // Modifiers.
  [
    "un enfant avec PAI (repas fourni) paie 40 % de la tranche 2",
    GRILLE_CANTINE_QF,
    { ...resident, ...qfMensuel(612), pai: true },
    94,
  ],
  [
    "le 2e enfant paie plein tarif quand la réduction commence au 3e",
    GRILLE_CANTINE_FRATRIE,
    { ...resident, ...qfMensuel(612), rangFratrie: 2 },
    235,
  ],
  [
    "le 3e enfant paie la moitié : 1,175 € arrondi au demi supérieur à 1,18 €",
    GRILLE_CANTINE_FRATRIE,
    { ...resident, ...qfMensuel(612), rangFratrie: 3 },
    118,
  ],
  ["le 4e enfant paie aussi la moitié", GRILLE_CANTINE_FRATRIE, { ...resident, ...qfMensuel(300), rangFratrie: 4 }, 60],
  [
    "sans données, le 3e enfant paie la moitié de la tranche la plus haute",
    GRILLE_CANTINE_FRATRIE,
    { ...resident, rangFratrie: 3 },
    225,
  ],
  // A sibling step limited to some brackets (issue 22 §2): bracket 1 stays at 1,00 €.
  [
    "cantine à 1 € : le 3e enfant en tranche 1 paie 1,00 €, la réduction ne s'y applique pas",
    GRILLE_CANTINE_UN_EURO_FRATRIE,
    { ...resident, ...qfMensuel(300), rangFratrie: 3 },
    100,
  ],
  [
    "cantine à 1 € : le 3e enfant en tranche 2 paie la moitié",
    GRILLE_CANTINE_UN_EURO_FRATRIE,
    { ...resident, ...qfMensuel(612), rangFratrie: 3 },
    118,
  ],
  [
    "cantine à 1 € : sans données, la tranche la plus haute n'est pas exclue, le 3e enfant paie la moitié",
    GRILLE_CANTINE_UN_EURO_FRATRIE,
    { ...resident, rangFratrie: 3 },
    225,
  ],
  [
    "un palier exclu d'une tranche laisse s'appliquer le palier inférieur (80 % dès le 2e enfant)",
    avecFratrie([
      { aPartirDuRang: 2, pourcentagePaye: 80 },
      { aPartirDuRang: 3, pourcentagePaye: 50, saufTranches: [1] },
    ]),
    { ...resident, ...qfMensuel(300), rangFratrie: 3 },
    80,
  ],
  [
    "deux paliers exclus de la tranche la plus haute : sans données, plein tarif",
    avecFratrie([
      { aPartirDuRang: 2, pourcentagePaye: 80, saufTranches: [5] },
      { aPartirDuRang: 3, pourcentagePaye: 50, saufTranches: [4, 5] },
    ]),
    { ...resident, rangFratrie: 4 },
    450,
  ],
  // Columns and residence.
  [
    "périscolaire : un résident au QF de 612 € paie 0,90 € de l'heure",
    GRILLE_PERISCOLAIRE_HORAIRE,
    { ...resident, ...qfMensuel(612) },
    90,
  ],
  [
    "périscolaire : un non-résident au même QF paie le double",
    GRILLE_PERISCOLAIRE_HORAIRE,
    { residence: "non_resident", ...qfMensuel(612) },
    180,
  ],
  [
    "périscolaire : QF de 400 €, dernière valeur de la tranche 1",
    GRILLE_PERISCOLAIRE_HORAIRE,
    { ...resident, ...qfMensuel(400) },
    60,
  ],
  ["périscolaire : QF de 1 601 €, tranche 6", GRILLE_PERISCOLAIRE_HORAIRE, { ...resident, ...qfMensuel(1601) }, 210],
  [
    "périscolaire : adresse à vérifier, tarif non-résident provisoire",
    GRILLE_PERISCOLAIRE_HORAIRE,
    { residence: "a_verifier", ...qfMensuel(612) },
    180,
  ],
  [
    "périscolaire : non-résident occasionnel sans données, 120 % de 4,20 €",
    GRILLE_PERISCOLAIRE_HORAIRE,
    { residence: "non_resident", frequence: "occasionnelle" },
    504,
  ],
  // Rate (taux d'effort): clamping and the single rounding.
  [
    "taux d'effort : QF de 612 € × 0,36 % = 2,2032 €, arrondi à 2,20 €",
    GRILLE_CANTINE_TAUX_EFFORT,
    { ...resident, ...qfMensuel(612) },
    220,
  ],
  [
    "taux d'effort : QF de 612,50 € × 0,36 % = 2,205 € exactement, arrondi à 2,21 €",
    GRILLE_CANTINE_TAUX_EFFORT,
    { ...resident, fiscal: fiscal(7350, 1) },
    221,
  ],
  [
    "taux d'effort : QF de 100 € donne 0,36 €, relevé au plancher de 0,80 €",
    GRILLE_CANTINE_TAUX_EFFORT,
    { ...resident, ...qfMensuel(100) },
    80,
  ],
  [
    "taux d'effort : QF de 1 250 € donne exactement le plafond de 4,50 €",
    GRILLE_CANTINE_TAUX_EFFORT,
    { ...resident, ...qfMensuel(1250) },
    450,
  ],
  [
    "taux d'effort : QF de 2 000 € donne 7,20 €, ramené au plafond de 4,50 €",
    GRILLE_CANTINE_TAUX_EFFORT,
    { ...resident, ...qfMensuel(2000) },
    450,
  ],
  // TPI: a percentage of the full price.
  [
    "TPI : QF CAF de 612 € → 30,6 % de 20 € = 6,12 €",
    GRILLE_MERCREDI_TPI,
    { ...resident, caf: { quotientFamilialEuros: 612, organisme: "cnaf", mois: "2026-04" } },
    612,
  ],
  ["TPI : sans QF CAF, le QF fiscal prend le relais", GRILLE_MERCREDI_TPI, { ...resident, ...qfMensuel(612) }, 612],
  ["TPI : QF de 100 € → 5 %, relevé au plancher de 10 %", GRILLE_MERCREDI_TPI, { ...resident, ...qfMensuel(100) }, 200],
  [
    "TPI : QF de 2 500 € → 125 %, ramené à 100 % du tarif plein",
    GRILLE_MERCREDI_TPI,
    { ...resident, ...qfMensuel(2500) },
    2000,
  ],
];

describe("calculerTarif : scénarios", () => {
  it.each(cas)("%s", (_scenario, def, entree, attendu) => {
    const r = calculerTarif(def, entree);
    expect(r.montantCentimes).toBe(attendu);
    expect(r.explication.montantCentimes).toBe(attendu);
    expect(r.unite).toBe(def.unite);
  });
});

const avec = (def: DefinitionGrille, modifier: (d: DefinitionGrille) => void): DefinitionGrille => {
  const copie = structuredClone(def);
  modifier(copie);
  return copie;
};

describe("calculerTarif : règles d'arrondi (une seule fois, sur le prix final)", () => {
  const troisieme = { ...resident, ...qfMensuel(612), rangFratrie: 3 };
  it.each([
    ["demi_superieur", 118],
    ["inferieur", 117],
    ["superieur", 118],
  ] as const)("étant donné 1,175 € pour un 3e enfant, l'arrondi « %s » donne %i centimes", (arrondi, attendu) => {
    expect(
      calculerTarif(
        avec(GRILLE_CANTINE_FRATRIE, (d) => (d.arrondi = arrondi)),
        troisieme,
      ).montantCentimes,
    ).toBe(attendu);
  });

  it("le prix exact avant arrondi est gardé dans l'explication, sans arrondi intermédiaire", () => {
    const d = avec(GRILLE_CANTINE_FRATRIE, (x) => (x.modificateurs.pai = { type: "pourcentage", pourcentagePaye: 40 }));
    const r = calculerTarif(d, { ...troisieme, pai: true });
    // 2,35 × 50 % × 40 % = 0,47 exactly; rounding 1,175 first would have given 1,18 × 40 % = 0,472 → 0,47 too,
    // so check the exact value the explanation carries.
    expect(r.explication.arrondi.montantExactEuros).toBe("0.47");
    expect(r.explication.modificateurs.map((m) => m.montantEuros)).toEqual(["1.175", "0.47"]);
  });

  it("un PAI à prix fixe remplace le prix calculé", () => {
    const d = avec(GRILLE_CANTINE_FRATRIE, (x) => (x.modificateurs.pai = { type: "prix_fixe", prixCentimes: 90 }));
    expect(calculerTarif(d, { ...troisieme, pai: true }).montantCentimes).toBe(90);
  });
});

describe("calculerTarif : quotient", () => {
  it("QF annuel : RFR 22 032 € ÷ 3 parts = 7 344 €", () => {
    const d = avec(GRILLE_CANTINE_QF, (x) => {
      x.quotient.periode = "annuel";
      x.quotient.arrondi = "centime";
    });
    const q = calculerTarif(d, { ...resident, fiscal: fiscal(22032, 3) }).explication.quotient;
    expect(q).toMatchObject({
      disponible: true,
      valeurCentimes: 734400,
      periode: "annuel",
      nature: "fiscal_rfr",
      source: "dgfip_franceconnect",
      anneeRevenus: 2025,
    });
  });

  it.each([
    ["centime", 50092],
    ["euro", 50100],
    ["euro_inferieur", 50000],
  ] as const)("RFR 6 011 € pour 1 part : QF mensuel 500,9166… € arrondi « %s » = %i centimes", (arrondi, attendu) => {
    const d = avec(GRILLE_CANTINE_TAUX_EFFORT, (x) => (x.quotient.arrondi = arrondi));
    const q = calculerTarif(d, { ...resident, fiscal: fiscal(6011, 1) }).explication.quotient;
    expect(q.disponible && q.valeurCentimes).toBe(attendu);
  });

  it("une grille au revenu imposable ne peut pas servir avec des données FranceConnect (pas de revenu imposable)", () => {
    const d = avec(GRILLE_CANTINE_QF, (x) => (x.quotient.revenu = "revenu_imposable"));
    const fc = calculerTarif(d, { ...resident, fiscal: fiscal(22032, 3) });
    expect(fc.explication.quotient).toEqual({ disponible: false, motif: "revenu_imposable_indisponible" });
    expect(fc.montantCentimes).toBe(450);
    const spi = calculerTarif(d, {
      ...resident,
      fiscal: fiscal(22032, 3, { revenuImposableEuros: 18000, source: "dgfip_spi" }),
    });
    expect(spi.explication.quotient).toMatchObject({
      disponible: true,
      valeurCentimes: 50000,
      nature: "fiscal_revenu_imposable",
    });
    expect(spi.montantCentimes).toBe(120);
  });

  it("une grille au QF CAF seul, sans QF CAF, applique la règle sans données", () => {
    const d = avec(GRILLE_MERCREDI_TPI, (x) => (x.quotient.source = "caf"));
    const r = calculerTarif(d, { ...resident, ...qfMensuel(612) });
    expect(r.explication.quotient).toEqual({ disponible: false, motif: "pas_de_quotient_caf" });
    expect(r.montantCentimes).toBe(2000);
  });

  it("un quotient fourni annuel est converti en mensuel puis arrondi comme la grille le dit", () => {
    const r = calculerTarif(GRILLE_CANTINE_QF, {
      ...resident,
      quotient: {
        valeurCentimes: 734_450,
        periode: "annuel",
        nature: "fiscal_rfr",
        source: "dgfip_spi",
        anneeRevenus: 2024,
        mois: null,
      },
    });
    expect(r.explication.quotient).toMatchObject({
      disponible: true,
      valeurCentimes: 61200,
      converti: true,
      anneeRevenus: 2024,
    });
    expect(r.montantCentimes).toBe(235);
  });

  it("un quotient CAF fourni à une grille fiscale est incompatible : rien n'est deviné", () => {
    const r = calculerTarif(GRILLE_CANTINE_QF, {
      ...resident,
      quotient: {
        valeurCentimes: 61200,
        periode: "mensuel",
        nature: "caf",
        source: "cnaf",
        anneeRevenus: null,
        mois: null,
      },
    });
    expect(r.explication.quotient).toEqual({ disponible: false, motif: "quotient_incompatible" });
  });

  it("l'explication ne contient aucune donnée fiscale brute (ni RFR, ni nombre de parts)", () => {
    const r = calculerTarif(GRILLE_CANTINE_QF, { ...resident, fiscal: fiscal(22032, 3) });
    const texte = JSON.stringify(r.explication);
    expect(texte).not.toContain("22032");
    expect(texte).not.toMatch(/rfrEuros|nombreParts|revenuImposableEuros/);
  });
});

describe("calculerTarif : colonnes", () => {
  const grilleCaf = avec(GRILLE_CANTINE_QF, (d) => {
    d.colonnes = [
      { code: "caf", libelle: "Allocataire CAF", criteres: { allocataireCaf: true } },
      { code: "autre", libelle: "Non allocataire", criteres: {} },
    ];
    if (d.bareme.type === "tranches")
      for (const t of d.bareme.tranches) t.prix = { caf: (t.prix.tarif ?? 0) - 20, autre: t.prix.tarif ?? 0 };
  });

  it("un allocataire CAF (données CAF présentes) prend la colonne CAF, les autres la colonne par défaut", () => {
    const caf = calculerTarif(
      avec(grilleCaf, (d) => (d.quotient.source = "caf_sinon_fiscal")),
      { ...resident, caf: { quotientFamilialEuros: 612, organisme: "cnaf", mois: null } },
    );
    expect(caf.explication.colonne).toEqual({ code: "caf", libelle: "Allocataire CAF", plusieurs: true });
    expect(caf.montantCentimes).toBe(215);
    const autre = calculerTarif(grilleCaf, { ...resident, ...qfMensuel(612) });
    expect(autre.explication.colonne.code).toBe("autre");
    expect(autre.montantCentimes).toBe(235);
  });

  it("l'indication explicite « allocataire CAF » l'emporte sur la présence de données CAF", () => {
    expect(
      calculerTarif(grilleCaf, { ...resident, ...qfMensuel(612), allocataireCaf: true }).explication.colonne.code,
    ).toBe("caf");
  });
});
