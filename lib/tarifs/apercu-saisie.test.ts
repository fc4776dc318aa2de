// Issue 22 §2: the preview simulates a family (RFR and parts, or a QF CAF), not only a typed quotient. The GET form's
// fields (strings, French decimals, checkboxes) → the engine's input, and the explanation the family would see.
import { describe, expect, it } from "vitest";

import { apercuTarif, entreeApercu } from "./domain/apercu";
import type { DefinitionGrille } from "./domain/definition.schema";
import { GRILLE_CANTINE_QF, GRILLE_CANTINE_UN_EURO_FRATRIE, GRILLE_MERCREDI_TPI } from "./domain/grilles-demo";
import { apercuSaisie } from "./schemas";

const espaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const lire = (champs: Record<string, string>) => {
  const r = apercuSaisie.safeParse(champs);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
};
const erreurs = (champs: Record<string, string>) => {
  const r = apercuSaisie.safeParse(champs);
  if (r.success) throw new Error("une erreur était attendue");
  return r.error.issues.map((i) => ({ champ: i.path.join("."), message: i.message }));
};
const simuler = (def: DefinitionGrille, champs: Record<string, string>) => {
  const r = apercuTarif(def, lire(champs));
  return { prix: r.montantCentimes, lignes: r.lignes.map(espaces), explication: r.explication };
};

describe("aperçu : conversion des champs du formulaire", () => {
  it.each<[string, Record<string, string>, ReturnType<typeof lire>]>([
    [
      "rien de saisi : aucune donnée de revenus, résident, 1er enfant, fréquentation régulière",
      {},
      {
        revenus: { type: "aucun" },
        residence: "resident",
        allocataireCaf: false,
        rangFratrie: 1,
        pai: false,
        frequence: "reguliere",
      },
    ],
    [
      "un quotient saisi, comme avant (« quotient » par défaut)",
      { quotient: "612,50" },
      expect.objectContaining({ revenus: { type: "quotient", centimes: 61250 } }),
    ],
    [
      "un RFR avec espaces et 2,5 parts",
      { donnees: "fiscal", revenu: "22 032", parts: "2,5" },
      expect.objectContaining({ revenus: { type: "fiscal", revenuEuros: 22032, nombreParts: 2.5 } }),
    ],
    [
      "un quotient CAF d'allocataire, rang 3, PAI, non-résident",
      { donnees: "caf", qfCaf: "612", allocataireCaf: "oui", rangFratrie: "3", pai: "oui", residence: "non_resident" },
      {
        revenus: { type: "caf", centimes: 61200 },
        residence: "non_resident",
        allocataireCaf: true,
        rangFratrie: 3,
        pai: true,
        frequence: "reguliere",
      },
    ],
    [
      "« aucune donnée » l'emporte sur un quotient resté dans le champ",
      { donnees: "aucune", quotient: "612" },
      expect.objectContaining({ revenus: { type: "aucun" } }),
    ],
  ])("%s", (_cas, champs, attendu) => {
    expect(lire(champs)).toEqual(attendu);
  });

  it.each<[string, Record<string, string>, string, RegExp]>([
    ["des revenus sans revenu", { donnees: "fiscal", parts: "2" }, "revenu", /Revenu : requis/],
    ["des revenus sans parts", { donnees: "fiscal", revenu: "22032" }, "parts", /Nombre de parts : requis/],
    ["un revenu en centimes", { donnees: "fiscal", revenu: "22032,50", parts: "2" }, "revenu", /euros entiers/],
    ["des parts qui ne vont pas par quarts", { donnees: "fiscal", revenu: "1", parts: "2,3" }, "parts", /quarts/],
    ["des parts nulles", { donnees: "fiscal", revenu: "1", parts: "0" }, "parts", /1 au moins/],
    ["plus de 20 parts", { donnees: "fiscal", revenu: "1", parts: "21" }, "parts", /20 au plus/],
    ["des parts illisibles", { donnees: "fiscal", revenu: "1", parts: "deux" }, "parts", /nombre de parts attendu/],
    ["un QF CAF vide", { donnees: "caf", allocataireCaf: "oui" }, "qfCaf", /Quotient familial CAF : requis/],
    [
      "un QF CAF pour un non-allocataire",
      { donnees: "caf", qfCaf: "612" },
      "allocataireCaf",
      /Un quotient CAF est celui d'un allocataire/,
    ],
    ["une source inconnue", { donnees: "impots" }, "donnees", /Données de revenus inconnues/],
  ])("refuse %s, au champ fautif", (_cas, champs, champ, message) => {
    expect(erreurs(champs)).toContainEqual({ champ, message: expect.stringMatching(message) });
  });
});

describe("aperçu : la famille simulée et l'explication qu'elle verrait", () => {
  it("RFR 22 032 € et 3 parts → QF mensuel 612 €, tranche 2, comme la DGFiP l'aurait donné", () => {
    const r = simuler(GRILLE_CANTINE_QF, { donnees: "fiscal", revenu: "22032", parts: "3" });
    expect(r.prix).toBe(235);
    expect(r.lignes.slice(0, 2)).toEqual([
      "Quotient familial : 612 € par mois (revenu fiscal de référence ÷ nombre de parts ÷ 12, arrondi à l'euro inférieur), saisi pour l'aperçu",
      "QF 612 € → tranche 2 (de 501 € à 800 €) : 2,35 €",
    ]);
  });

  it("une grille au revenu imposable reçoit le revenu saisi comme revenu imposable", () => {
    const def: DefinitionGrille = {
      ...GRILLE_CANTINE_QF,
      quotient: { ...GRILLE_CANTINE_QF.quotient, revenu: "revenu_imposable" },
    };
    const entree = entreeApercu(def, lire({ donnees: "fiscal", revenu: "22032", parts: "3" }));
    expect(entree.fiscal).toMatchObject({ rfrEuros: null, revenuImposableEuros: 22032, nombreParts: 3 });
    expect(simuler(def, { donnees: "fiscal", revenu: "22032", parts: "3" }).prix).toBe(235);
  });

  it("un QF CAF d'allocataire sur une grille « CAF sinon fiscal » : 30,6 % de 20 €", () => {
    const r = simuler(GRILLE_MERCREDI_TPI, { donnees: "caf", qfCaf: "612", allocataireCaf: "oui" });
    expect(r.prix).toBe(612);
    expect(r.lignes[0]).toBe(
      "Quotient familial : 612 € par mois (quotient familial CAF, arrondi à l'euro inférieur), saisi pour l'aperçu",
    );
    expect(r.explication.situation.allocataireCaf).toBe(true);
  });

  it("un QF CAF sur une grille au quotient fiscal : la famille verrait que ce quotient ne convient pas", () => {
    const r = simuler(GRILLE_CANTINE_QF, { donnees: "caf", qfCaf: "612", allocataireCaf: "oui" });
    expect(r.prix).toBe(450);
    expect(r.lignes[0]).toBe("Aucun quotient familial : le quotient connu n'est pas celui que demande cette grille.");
  });

  it("le 3e enfant en tranche 1 d'une cantine à 1 € : la réduction ne s'applique pas, c'est dit", () => {
    const r = simuler(GRILLE_CANTINE_UN_EURO_FRATRIE, {
      donnees: "fiscal",
      revenu: "10800",
      parts: "3",
      rangFratrie: "3",
    });
    expect(r.prix).toBe(100);
    expect(r.lignes).toContain(
      "3e enfant inscrit : la réduction de fratrie à partir du 3e (50 % du tarif) ne s'applique pas à la tranche 1",
    );
  });
});
