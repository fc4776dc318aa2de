import { describe, expect, it } from "vitest";

import { normaliserCodePostal, normaliserNomCommune } from "./nom-commune";
import { resoudreResidence, type CommuneTerritoire } from "./residence";

// The demo territory (simulators/population/README.md).
const TERRITOIRE: CommuneTerritoire[] = [
  { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: ["00100"] },
  { codeInsee: "00102", nom: "Saint-Amand-de-Lys", codesPostaux: ["00110"] },
  { codeInsee: "00103", nom: "Les Aulnes", codesPostaux: ["00110"] },
];
const bellecombe = { codeInsee: "00101", nom: "Bellecombe-sur-Lys" };
const saintAmand = { codeInsee: "00102", nom: "Saint-Amand-de-Lys" };
const aulnes = { codeInsee: "00103", nom: "Les Aulnes" };

describe("normaliserNomCommune", () => {
  it.each([
    ["ST AMAND DE LYS", "SAINT AMAND DE LYS"],
    ["Saint-Amand-de-Lys", "SAINT AMAND DE LYS"],
    ["STE MARIE AUX MINES", "SAINTE MARIE AUX MINES"],
    ["Sainte-Foy-lès-Lyon", "SAINTE FOY LES LYON"],
    ["L'Île-d'Yeu", "L ILE D YEU"],
    ["L’ÎLE D’YEU", "L ILE D YEU"],
    ["Œuilly", "OEUILLY"],
    ["  bellecombe   sur  lys ", "BELLECOMBE SUR LYS"],
    ["BELLECOMBE S/ LYS", "BELLECOMBE SUR LYS"],
    ["PARIS CEDEX 07", "PARIS"],
    ["STRASBOURG", "STRASBOURG"],
    ["SAINT-ÉTIENNE", "SAINT ETIENNE"],
  ])("« %s » → « %s »", (brut, attendu) => {
    expect(normaliserNomCommune(brut)).toBe(attendu);
  });
});

describe("normaliserCodePostal", () => {
  it.each([
    ["00100", "00100"],
    [" 00 110 ", "00110"],
    ["0010", null],
    ["2A004", null],
    ["", null],
  ])("« %s » → %s", (brut, attendu) => {
    expect(normaliserCodePostal(brut)).toBe(attendu);
  });
});

describe("resoudreResidence : adresse fiscale (aftDetail) contre le territoire", () => {
  it.each([
    [
      "Bellecombe, nom exact de la DGFiP",
      { codePostal: "00100", commune: "BELLECOMBE SUR LYS" },
      { statut: "resident", commune: bellecombe },
    ],
    [
      "« ST » pour « SAINT » sur un code postal partagé",
      { codePostal: "00110", commune: "ST AMAND DE LYS" },
      { statut: "resident", commune: saintAmand },
    ],
    [
      "nom complet sur un code postal partagé",
      { codePostal: "00110", commune: "SAINT AMAND DE LYS" },
      { statut: "resident", commune: saintAmand },
    ],
    [
      "l'autre commune du code postal partagé",
      { codePostal: "00110", commune: "LES AULNES" },
      { statut: "resident", commune: aulnes },
    ],
    [
      "mention CEDEX",
      { codePostal: "00100", commune: "BELLECOMBE SUR LYS CEDEX" },
      { statut: "resident", commune: bellecombe },
    ],
    ["Vieux-Moulin, hors territoire", { codePostal: "00200", commune: "VIEUX MOULIN" }, { statut: "non_resident" }],
    [
      "un hameau sur un code postal partagé : revue, jamais deviné",
      { codePostal: "00110", commune: "HAMEAU DU LYS" },
      { statut: "a_verifier", motif: "code_postal_partage", candidats: [saintAmand, aulnes] },
    ],
    [
      "un lieu-dit sur le code postal d'une seule commune : revue",
      { codePostal: "00100", commune: "LA FORGE" },
      { statut: "a_verifier", motif: "nom_inconnu", candidats: [bellecombe] },
    ],
    [
      "une commune du territoire avec un autre code postal : revue",
      { codePostal: "00200", commune: "BELLECOMBE SUR LYS" },
      { statut: "a_verifier", motif: "code_postal_incoherent", candidats: [bellecombe] },
    ],
    [
      "sans commune",
      { codePostal: "00100", commune: null },
      { statut: "a_verifier", motif: "adresse_incomplete", candidats: [] },
    ],
    [
      "code postal mal formé",
      { codePostal: "100", commune: "BELLECOMBE SUR LYS" },
      { statut: "a_verifier", motif: "adresse_incomplete", candidats: [] },
    ],
  ] as const)("%s", (_scenario, adresse, attendu) => {
    expect(resoudreResidence(adresse, TERRITOIRE)).toEqual(attendu);
  });

  it("deux communes homonymes sur le même code postal : revue", () => {
    const homonymes = [...TERRITOIRE, { codeInsee: "00104", nom: "Les Aulnes", codesPostaux: ["00110"] }];
    expect(resoudreResidence({ codePostal: "00110", commune: "LES AULNES" }, homonymes)).toMatchObject({
      statut: "a_verifier",
      motif: "code_postal_partage",
    });
  });

  it("un territoire vide : tout le monde est non-résident", () => {
    expect(resoudreResidence({ codePostal: "00100", commune: "BELLECOMBE SUR LYS" }, [])).toEqual({
      statut: "non_resident",
    });
  });
});
