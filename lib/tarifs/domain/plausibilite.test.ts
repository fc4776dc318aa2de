import { describe, expect, it } from "vitest";

import type { DefinitionGrille } from "./definition.schema";
import { GRILLE_CANTINE_QF } from "./grilles-demo";
import { avertissementsPlausibilite, conformiteCantineAUnEuro } from "./plausibilite";

const sansEspaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const avecPrix = (prix: number[]): DefinitionGrille => {
  if (GRILLE_CANTINE_QF.bareme.type !== "tranches") throw new Error("grille en tranches attendue");
  return {
    ...GRILLE_CANTINE_QF,
    bareme: {
      type: "tranches",
      tranches: GRILLE_CANTINE_QF.bareme.tranches.map((t, i) => ({ ...t, prix: { tarif: prix[i]! } })),
    },
  };
};
const tauxEffort = (tauxPourcent: number): DefinitionGrille => ({
  ...GRILLE_CANTINE_QF,
  bareme: { type: "taux_effort", parametres: { tarif: { tauxPourcent, plancherCentimes: 80, plafondCentimes: 450 } } },
  sansDonnees: "plafond",
});

describe("avertissements de plausibilité de l'éditeur de grille (issue 22 §2)", () => {
  it("une grille de démonstration n'en a aucun", () => {
    expect(avertissementsPlausibilite(GRILLE_CANTINE_QF)).toEqual([]);
  });

  it("un taux d'effort de 36 % au lieu de 0,36 %", () => {
    expect(avertissementsPlausibilite(tauxEffort(0.36))).toEqual([]);
    const [a] = avertissementsPlausibilite(tauxEffort(36));
    expect(a?.champ).toBe("taux.0.taux");
    expect(sansEspaces(a!.message)).toContain("Vouliez-vous écrire 0,36 % ?");
  });

  it("un prix de tranche dix fois celui de ses voisines (ou un dixième)", () => {
    const trop = avertissementsPlausibilite(avecPrix([120, 235, 4500, 410, 450]));
    expect(trop.map((a) => a.champ)).toEqual(["tranches.2.prix.0"]);
    expect(sansEspaces(trop[0]!.message)).toContain("45,00 €, dix fois ou plus celui des tranches voisines");
    expect(avertissementsPlausibilite(avecPrix([120, 235, 20, 410, 450])).map((a) => a.champ)).toEqual([
      "tranches.2.prix.0",
    ]);
    // A steep but plausible progression is not flagged.
    expect(avertissementsPlausibilite(avecPrix([50, 235, 600, 900, 1200]))).toEqual([]);
  });
});

describe("cantine à 1 € (information)", () => {
  it("au moins trois tranches et la première à 1 € ou moins", () => {
    expect(conformiteCantineAUnEuro(avecPrix([100, 235, 340, 410, 450]))).toEqual({ conforme: true, raisons: [] });
    const r = conformiteCantineAUnEuro(GRILLE_CANTINE_QF);
    expect(r.conforme).toBe(false);
    expect(r.raisons.map(sansEspaces)).toEqual(["Première tranche, « Tarif » : 1,20 €, plus de 1,00 €."]);
    expect(conformiteCantineAUnEuro(tauxEffort(0.36)).conforme).toBe(false);
  });
});
