import { describe, expect, it } from "vitest";

import { etatCivilDepuisFranceConnect } from "./etat-civil";
import { siretValide } from "./siret";

const marianne = {
  given_name: "Marianne Claire",
  family_name: "LEFEVRE",
  birthdate: "1986-03-14",
  gender: "female",
  birthplace: "59350",
  birthcountry: "99100",
};

describe("état civil envoyé à /identite, depuis l'identité FranceConnect", () => {
  it("prénoms en liste, nom de naissance, sexe d'après gender, pays et commune COG pour une personne née en France", () => {
    expect(etatCivilDepuisFranceConnect(marianne)).toEqual({
      prenoms: ["Marianne", "Claire"],
      nomNaissance: "LEFEVRE",
      sexeEtatCivil: "F",
      codePaysNaissance: "99100",
      codeCommuneNaissance: "59350",
      anneeNaissance: 1986,
      moisNaissance: 3,
      jourNaissance: 14,
    });
  });

  it("née à l'étranger : pas de commune ; Corse : code 2A/2B accepté ; trois prénoms au plus", () => {
    expect(
      etatCivilDepuisFranceConnect({ ...marianne, birthcountry: "99134", birthplace: undefined })?.codeCommuneNaissance,
    ).toBeNull();
    expect(etatCivilDepuisFranceConnect({ ...marianne, birthplace: "2A004" })?.codeCommuneNaissance).toBe("2A004");
    expect(etatCivilDepuisFranceConnect({ ...marianne, given_name: "A B C D" })?.prenoms).toEqual(["A", "B", "C"]);
  });

  it("date présumée (AAAA-00-00, AAAA-MM-00) : seules les parties connues sont envoyées", () => {
    expect(etatCivilDepuisFranceConnect({ ...marianne, birthdate: "1986-00-00" })).toMatchObject({
      anneeNaissance: 1986,
      moisNaissance: null,
      jourNaissance: null,
    });
    expect(etatCivilDepuisFranceConnect({ ...marianne, birthdate: "1986-03-00" })).toMatchObject({
      moisNaissance: 3,
      jourNaissance: null,
    });
  });

  it.each([
    ["sans prénom", { given_name: " " }],
    ["sans nom", { family_name: "" }],
    ["sexe inconnu", { gender: "unspecified" }],
    ["né en France sans commune", { birthplace: undefined }],
    ["pays mal formé", { birthcountry: "FR" }],
  ])("%s : rien n'est envoyé", (_, surcharge) => {
    expect(etatCivilDepuisFranceConnect({ ...marianne, ...surcharge })).toBeNull();
  });
});

describe("SIRET de la collectivité (recipient)", () => {
  it("14 chiffres et clé de Luhn ; La Poste a sa règle propre", () => {
    expect(siretValide("13002526500013")).toBe(true);
    expect(siretValide("00000000100016")).toBe(true);
    expect(siretValide("00000000100017")).toBe(false);
    expect(siretValide("1300252650001")).toBe(false);
    expect(siretValide("35600000012341")).toBe(true);
    expect(siretValide("35600000012342")).toBe(false);
  });
});
