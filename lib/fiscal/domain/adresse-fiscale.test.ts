// The adresse fiscale as the DGFiP really sends it (issue 15, point 9): `aftDetail` complete, partial or absent
// (only the one-line `aft`), the commune name in another form, the postcode read from a number. Then, the same
// forms resolved against the demo territory: the residence must not depend on the form.
import { describe, expect, it } from "vitest";

import { resoudreResidence, type CommuneTerritoire } from "@/lib/territoire/domain/residence";
import { lireAdresseFiscale } from "./adresse-fiscale";
import { extraireDonneesFiscales } from "./donnees-fiscales";

const TERRITOIRE: CommuneTerritoire[] = [
  { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: ["00100"] },
  { codeInsee: "00102", nom: "Saint-Amand-de-Lys", codesPostaux: ["00110"] },
  { codeInsee: "00103", nom: "Les Aulnes", codesPostaux: ["00110"] },
  { codeInsee: "00104", nom: "Sainte-Hélène-d'Arée", codesPostaux: ["00120"] },
];

describe("lireAdresseFiscale : aftDetail complet, partiel ou absent", () => {
  it("aftDetail complet : repris tel quel", () => {
    expect(
      lireAdresseFiscale("8 PLACE DE LA MAIRIE 00100 BELLECOMBE SUR LYS", {
        voie: "8 PLACE DE LA MAIRIE",
        getcodePostal: "00100",
        getcommune: "BELLECOMBE SUR LYS",
      }),
    ).toEqual({ voie: "8 PLACE DE LA MAIRIE", complement: null, codePostal: "00100", commune: "BELLECOMBE SUR LYS" });
  });

  it.each([
    ["8 PLACE DE LA MAIRIE 00100 BELLECOMBE SUR LYS", "8 PLACE DE LA MAIRIE", "00100", "BELLECOMBE SUR LYS"],
    ["8 PLACE DE LA MAIRIE, 00100 BELLECOMBE SUR LYS", "8 PLACE DE LA MAIRIE", "00100", "BELLECOMBE SUR LYS"],
    ["BP 12\n3 RUE DU LAVOIR\n00110 ST AMAND DE LYS CEDEX", "BP 12 3 RUE DU LAVOIR", "00110", "ST AMAND DE LYS CEDEX"],
    ["12500 ROUTE DES CRETES 00110 LES AULNES", "12500 ROUTE DES CRETES", "00110", "LES AULNES"],
  ])("aftDetail absent, aft « %s » : voie %j, code postal %j, commune %j", (aft, voie, codePostal, commune) => {
    expect(lireAdresseFiscale(aft, undefined)).toEqual({ voie, complement: null, codePostal, commune });
  });

  it("aftDetail partiel (voie seule) : code postal et commune lus dans aft", () => {
    expect(
      lireAdresseFiscale("8 PLACE DE LA MAIRIE 00100 BELLECOMBE SUR LYS", { voie: "8 PLACE DE LA MAIRIE" }),
    ).toEqual({ voie: "8 PLACE DE LA MAIRIE", complement: null, codePostal: "00100", commune: "BELLECOMBE SUR LYS" });
  });

  it("aftDetail partiel (commune seule) : le code postal vient de aft, la commune reste celle du détail", () => {
    expect(
      lireAdresseFiscale("8 PLACE DE LA MAIRIE 00100 BELLECOMBE SUR LYS", { getcommune: "Bellecombe-sur-Lys" }),
    ).toMatchObject({ codePostal: "00100", commune: "Bellecombe-sur-Lys" });
  });

  it.each([
    ["aft sans code postal", "LIEU-DIT LES PRES BELLECOMBE SUR LYS"],
    ["aft vide", ""],
    ["aft absent", undefined],
  ])("%s : rien n'est deviné", (_, aft) => {
    expect(lireAdresseFiscale(aft, undefined)).toEqual({
      voie: null,
      complement: null,
      codePostal: null,
      commune: null,
    });
  });

  it("extraireDonneesFiscales complète l'adresse structurée depuis aft", () => {
    expect(extraireDonneesFiscales({ aft: "8 PLACE DE LA MAIRIE 00100 BELLECOMBE SUR LYS" }).adresse).toEqual({
      voie: "8 PLACE DE LA MAIRIE",
      complement: null,
      codePostal: "00100",
      commune: "BELLECOMBE SUR LYS",
    });
  });
});

describe("résidence : la commune de l'adresse fiscale sous toutes ses formes", () => {
  const bellecombe = { codeInsee: "00101", nom: "Bellecombe-sur-Lys" };
  const saintAmand = { codeInsee: "00102", nom: "Saint-Amand-de-Lys" };
  const aulnes = { codeInsee: "00103", nom: "Les Aulnes" };
  const sainteHelene = { codeInsee: "00104", nom: "Sainte-Hélène-d'Arée" };

  it.each([
    [
      "nom de la DGFiP",
      "8 PLACE DE LA MAIRIE",
      { getcodePostal: "00100", getcommune: "BELLECOMBE SUR LYS" },
      bellecombe,
    ],
    ["traits d'union et minuscules", "", { getcodePostal: "00100", getcommune: "Bellecombe-sur-Lys" }, bellecombe],
    ["« ST »", "", { getcodePostal: "00110", getcommune: "ST AMAND DE LYS" }, saintAmand],
    ["« ST- » avec traits d'union", "", { getcodePostal: "00110", getcommune: "ST-AMAND-DE-LYS" }, saintAmand],
    ["« SAINT » en toutes lettres", "", { getcodePostal: "00110", getcommune: "SAINT AMAND DE LYS" }, saintAmand],
    ["CEDEX et son numéro", "", { getcodePostal: "00110", getcommune: "ST AMAND DE LYS CEDEX 02" }, saintAmand],
    ["« Cédex » accentué", "", { getcodePostal: "00100", getcommune: "Bellecombe-sur-Lys Cédex" }, bellecombe],
    ["article entre parenthèses", "", { getcodePostal: "00110", getcommune: "AULNES (LES)" }, aulnes],
    ["article entre parenthèses, sans espace", "", { getcodePostal: "00110", getcommune: "AULNES(LES)" }, aulnes],
    ["accents et apostrophe gardés", "", { getcodePostal: "00120", getcommune: "Sainte-Hélène-d'Arée" }, sainteHelene],
    ["sans accent, « STE »", "", { getcodePostal: "00120", getcommune: "STE HELENE D AREE" }, sainteHelene],
    ["aftDetail absent", "3 RUE DU LAVOIR 00110 LES AULNES", undefined, aulnes],
    ["aftDetail absent, CEDEX", "BP 7 00110 ST AMAND DE LYS CEDEX", undefined, saintAmand],
    ["aftDetail partiel", "4 ALLEE DES SAULES 00100 BELLECOMBE SUR LYS", { voie: "4 ALLEE DES SAULES" }, bellecombe],
  ])("%s : résident", (_, aft, detail, commune) => {
    const a = lireAdresseFiscale(aft, detail);
    expect(resoudreResidence({ codePostal: a.codePostal, commune: a.commune }, TERRITOIRE)).toEqual({
      statut: "resident",
      commune,
    });
  });

  it("une autre commune reste une autre commune, quelle que soit sa forme", () => {
    const a = lireAdresseFiscale("2 RUE HAUTE 00200 VIEUX-MOULIN CEDEX", undefined);
    expect(resoudreResidence({ codePostal: a.codePostal, commune: a.commune }, TERRITOIRE)).toEqual({
      statut: "non_resident",
    });
    const hameau = lireAdresseFiscale("", { getcodePostal: "00110", getcommune: "AULNAY (LES)" });
    expect(resoudreResidence({ codePostal: hameau.codePostal, commune: hameau.commune }, TERRITOIRE)).toMatchObject({
      statut: "a_verifier",
    });
  });
});
