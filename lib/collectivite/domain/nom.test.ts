import { describe, expect, it } from "vitest";

import { formesDuNom, NOM_A_CONFIGURER, type NomCollectivite } from "./nom";

const cas: [NomCollectivite, { sujet: string; Sujet: string; de: string; a: string }][] = [
  [
    { article: "la", nom: "Communauté de communes du Val de Lys" },
    {
      sujet: "la Communauté de communes du Val de Lys",
      Sujet: "La Communauté de communes du Val de Lys",
      de: "de la Communauté de communes du Val de Lys",
      a: "à la Communauté de communes du Val de Lys",
    },
  ],
  [
    { article: "le", nom: "Syndicat scolaire des Deux Rives" },
    {
      sujet: "le Syndicat scolaire des Deux Rives",
      Sujet: "Le Syndicat scolaire des Deux Rives",
      de: "du Syndicat scolaire des Deux Rives",
      a: "au Syndicat scolaire des Deux Rives",
    },
  ],
  [
    { article: "l'", nom: "Agglomération du Pays d'Oc" },
    {
      sujet: "l'Agglomération du Pays d'Oc",
      Sujet: "L'Agglomération du Pays d'Oc",
      de: "de l'Agglomération du Pays d'Oc",
      a: "à l'Agglomération du Pays d'Oc",
    },
  ],
  [
    { article: "les", nom: "Communes associées de Brie" },
    {
      sujet: "les Communes associées de Brie",
      Sujet: "Les Communes associées de Brie",
      de: "des Communes associées de Brie",
      a: "aux Communes associées de Brie",
    },
  ],
  [
    { article: "", nom: "Mairie de Saint-Omer" },
    {
      sujet: "Mairie de Saint-Omer",
      Sujet: "Mairie de Saint-Omer",
      de: "de Mairie de Saint-Omer",
      a: "à Mairie de Saint-Omer",
    },
  ],
  [
    { article: "", nom: "Amiens Métropole" },
    { sujet: "Amiens Métropole", Sujet: "Amiens Métropole", de: "d'Amiens Métropole", a: "à Amiens Métropole" },
  ],
  [
    { article: "", nom: "Hautmont" },
    { sujet: "Hautmont", Sujet: "Hautmont", de: "d'Hautmont", a: "à Hautmont" },
  ],
  [
    { article: "", nom: "Écully" },
    { sujet: "Écully", Sujet: "Écully", de: "d'Écully", a: "à Écully" },
  ],
];

describe("le nom de la collectivité et son article", () => {
  it.each(cas)("%o", (nom, attendu) => {
    expect(formesDuNom(nom)).toEqual(attendu);
  });

  it("l'apostrophe typographique vaut l'apostrophe droite, les espaces en trop sont retirées", () => {
    expect(formesDuNom({ article: "l’", nom: "  Agglomération   du Douaisis " }).de).toBe(
      "de l'Agglomération du Douaisis",
    );
  });

  it("un portail pas encore configuré dit « la collectivité », correctement accordé", () => {
    expect(formesDuNom(NOM_A_CONFIGURER)).toEqual({
      sujet: "la collectivité",
      Sujet: "La collectivité",
      de: "de la collectivité",
      a: "à la collectivité",
    });
  });
});
