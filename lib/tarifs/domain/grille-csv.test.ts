import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { arbGrille } from "./arbitraires.fixture";
import { validerDefinition } from "./definition.schema";
import { exporterGrilleCsv, texteVersCentimes } from "./grille-csv";
import { importerGrilleCsv } from "./grille-csv-import";
import {
  GRILLE_CANTINE_FRATRIE,
  GRILLE_CANTINE_UN_EURO_FRATRIE,
  GRILLE_PERISCOLAIRE_HORAIRE,
  GRILLES_DEMO,
} from "./grilles-demo";

const corps = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);

describe("export CSV", () => {
  it("la cantine avec demi-tarif au 3e enfant s'écrit ligne à ligne, décimales françaises, point-virgule", () => {
    const csv = exporterGrilleCsv(GRILLE_CANTINE_FRATRIE);
    expect(csv.startsWith("\uFEFFrubrique;cle;colonne;min;max;valeur\r\n")).toBe(true);
    expect(corps(csv).slice(1)).toEqual([
      "format;portail-famille-grille;;;;1",
      "parametre;unite;;;;repas",
      "parametre;quotient.source;;;;fiscal",
      "parametre;quotient.revenu;;;;rfr",
      "parametre;quotient.periode;;;;mensuel",
      "parametre;quotient.arrondi;;;;euro_inferieur",
      "parametre;mode;;;;tranches",
      "parametre;sans_donnees;;;;tranche_la_plus_haute",
      "parametre;residence_a_verifier;;;;non_resident",
      "parametre;arrondi;;;;demi_superieur",
      "colonne;tarif;;;;Tarif",
      "tranche;1;tarif;0;500;1,20",
      "tranche;2;tarif;501;800;2,35",
      "tranche;3;tarif;801;1200;3,40",
      "tranche;4;tarif;1201;1600;4,10",
      "tranche;5;tarif;1601;;4,50",
      "fratrie;3;;;;50",
    ]);
  });
});

describe("export CSV : réduction limitée à des tranches", () => {
  it("le palier du 3e enfant qui ne s'applique pas à la tranche 1 s'écrit sur sa propre ligne, et revient", () => {
    const csv = exporterGrilleCsv(GRILLE_CANTINE_UN_EURO_FRATRIE);
    expect(corps(csv).slice(-2)).toEqual(["fratrie;3;;;;50", "sauf_tranche;fratrie.3;;;;1"]);
    const relu = importerGrilleCsv(csv);
    expect(relu).toEqual({ ok: true, definition: GRILLE_CANTINE_UN_EURO_FRATRIE });
    expect(relu.ok && relu.definition.modificateurs.fratrie[0]?.saufTranches).toEqual([1]);
  });
});

describe("aller-retour CSV", () => {
  it.each(Object.entries(GRILLES_DEMO))("la grille de démonstration « %s » revient identique", (_cle, g) => {
    expect(importerGrilleCsv(exporterGrilleCsv(g.definition))).toEqual({ ok: true, definition: g.definition });
  });

  it("toute grille valide revient identique (propriété)", () => {
    fc.assert(
      fc.property(arbGrille(), (def) => {
        const attendue = validerDefinition(def);
        expect(importerGrilleCsv(exporterGrilleCsv(def))).toEqual(attendue);
      }),
    );
  });

  it("un fichier réenregistré par un tableur (sans BOM, fins de ligne LF, tranches dans le désordre) est relu pareil", () => {
    // Only the order of the columns carries meaning (the first matching column wins); rows may move otherwise.
    const [entete, ...lignes] = corps(exporterGrilleCsv(GRILLE_PERISCOLAIRE_HORAIRE));
    const tranches = lignes.filter((l) => l.startsWith("tranche;")).reverse();
    const csv = [entete, ...tranches, ...lignes.filter((l) => !l.startsWith("tranche;"))].join("\n");
    expect(importerGrilleCsv(csv)).toEqual({ ok: true, definition: GRILLE_PERISCOLAIRE_HORAIRE });
  });
});

const ENTETE = "rubrique;cle;colonne;min;max;valeur";
const base = corps(exporterGrilleCsv(GRILLE_PERISCOLAIRE_HORAIRE));
/** The périscolaire export with line `n` (1-based, header = 1) replaced, or lines appended. */
const remplacer = (n: number, ligne: string) => base.map((l, i) => (i === n - 1 ? ligne : l)).join("\n");
const ajouter = (...lignes: string[]) => [...base, ...lignes].join("\n");
const ligneDe = (prefixe: string) => base.findIndex((l) => l.startsWith(prefixe)) + 1;

type CasMalforme = [scenario: string, csv: string, ligne: number | null, message: RegExp];
const malformes: CasMalforme[] = [
  [
    "un guillemet jamais refermé",
    ajouter('colonne;x;;;;"Libellé'),
    base.length + 1,
    /CSV illisible : guillemet ouvert jamais refermé/,
  ],
  [
    "une ligne avec un champ de trop",
    remplacer(5, "parametre;unite;;;;heure;en trop"),
    5,
    /nombre de champs incorrect/,
  ],
  ["un en-tête inattendu", remplacer(1, "type;cle;colonne;min;max;valeur"), 1, /En-tête attendu/],
  ["une rubrique inconnue", ajouter("remise;10;;;;5"), base.length + 1, /Rubrique inconnue « remise »/],
  [
    "un prix illisible",
    remplacer(ligneDe("tranche;2;resident"), "tranche;2;resident;401;650;0.9.0"),
    ligneDe("tranche;2;resident"),
    /Prix illisible « 0\.9\.0 »/,
  ],
  [
    "une tranche qui chevauche la précédente",
    base.map((l) => l.replace(/^tranche;3;(\w+);651;/, "tranche;3;$1;600;")).join("\n"),
    ligneDe("tranche;3;"),
    /Chevauche la tranche 2/,
  ],
  [
    "des bornes différentes entre colonnes d'une même tranche",
    remplacer(ligneDe("tranche;2;non_resident"), "tranche;2;non_resident;402;650;1,80"),
    ligneDe("tranche;2;non_resident"),
    /Bornes différentes de celles de la ligne \d+ pour la tranche 2/,
  ],
  [
    "un prix manquant pour une colonne",
    base.filter((l) => !l.startsWith("tranche;4;non_resident")).join("\n"),
    ligneDe("tranche;4;"),
    /Prix manquant pour la colonne « Non-résident »/,
  ],
  ["un prix en double", ajouter("tranche;1;resident;0;400;0,70"), base.length + 1, /déjà défini à la ligne \d+/],
  [
    "une tranche absente dans la numérotation",
    base.filter((l) => !l.startsWith("tranche;3;")).join("\n"),
    ligneDe("tranche;4;") - 2,
    /Tranche 3 absente/,
  ],
  [
    "une colonne non déclarée",
    ajouter("critere;residence;ext;;;non_resident"),
    base.length + 1,
    /Colonne « ext » non déclarée/,
  ],
  [
    "une unité de vente inconnue",
    remplacer(ligneDe("parametre;unite"), "parametre;unite;;;;semaine"),
    ligneDe("parametre;unite"),
    /Unité de vente inconnue/,
  ],
  [
    "un paramètre obligatoire absent",
    base.filter((l) => !l.startsWith("parametre;unite")).join("\n"),
    null,
    /Paramètre « unite » absent ou invalide/,
  ],
  [
    "une ligne de taux dans une grille par tranches",
    ajouter("taux;plancher;resident;;;0,50"),
    base.length + 1,
    /inattendue : la grille est en mode « tranches »/,
  ],
  [
    "aucune ligne « format »",
    base.filter((l) => !l.startsWith("format;")).join("\n"),
    null,
    /Ligne « format » absente/,
  ],
  [
    "une tranche exclue d'un palier de fratrie absent",
    ajouter("sauf_tranche;fratrie.3;;;;1"),
    base.length + 1,
    /Aucun palier de fratrie au rang 3/,
  ],
  [
    "une tranche exclue qui n'existe pas",
    ajouter("fratrie;3;;;;50", "sauf_tranche;fratrie.3;;;;9"),
    base.length + 2,
    /La tranche 9 n'existe pas \(la grille en a 6\)/,
  ],
  [
    "une tranche exclue deux fois",
    ajouter("fratrie;3;;;;50", "sauf_tranche;fratrie.3;;;;1", "sauf_tranche;fratrie.3;;;;1"),
    base.length + 3,
    /déjà défini à la ligne/,
  ],
  ["un fichier vide", "", 1, /En-tête attendu/],
];

describe("import CSV : un fichier mal formé est refusé en entier, avec les numéros de ligne", () => {
  it("le fichier de base est valide (sinon les cas ci-dessous ne prouvent rien)", () => {
    expect(importerGrilleCsv(base.join("\n")).ok).toBe(true);
    expect(base[0]).toBe(ENTETE);
  });

  it.each(malformes)("refuse %s", (_scenario, csv, ligne, message) => {
    const r = importerGrilleCsv(csv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreurs, JSON.stringify(r.erreurs)).toContainEqual({ ligne, message: expect.stringMatching(message) });
    // All or nothing: no definition at all comes back with the errors.
    expect(r).not.toHaveProperty("definition");
  });

  it("plusieurs erreurs sont toutes rapportées, dans l'ordre des lignes", () => {
    const r = importerGrilleCsv(ajouter("tranche;7;resident;1700;;x", "remise;;;;;"));
    expect(r.ok ? [] : r.erreurs.map((e) => e.ligne)).toEqual([base.length + 1, base.length + 2]);
    const r2 = importerGrilleCsv(ajouter("pai;forfait;;;;1", "occasionnel;pourcentage;;;;abc"));
    expect(r2.ok ? [] : r2.erreurs.map((e) => e.ligne)).toEqual([base.length + 1, base.length + 2]);
  });
});

describe("montants du CSV", () => {
  it.each([
    ["1,20", 120],
    ["1.2", 120],
    ["0,05", 5],
    ["1 234,50 €", 123450],
    ["501", 50100],
    ["1,234", null],
    ["-1,00", null],
    ["", null],
  ])("« %s » → %s centimes", (texte, attendu) => {
    expect(texteVersCentimes(texte)).toBe(attendu);
  });
});
