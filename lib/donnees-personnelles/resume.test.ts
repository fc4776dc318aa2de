import { describe, expect, it } from "vitest";

import type { ExportDonnees } from "./export.query";
import { resumerDonnees } from "./resume";

const compte = {
  prenoms: "Marianne",
  nomUsage: null,
  nomNaissance: "LEFEVRE",
  email: "m@exemple.test",
  identiteCertifiee: true,
} as ExportDonnees["compte"];

describe("résumé de ce que le portail détient", () => {
  it("étant donné un compte sans foyer, il le dit", () => {
    const r = resumerDonnees({ compte, foyer: null } as ExportDonnees);
    expect(r).toEqual([
      { libelle: "Compte", valeur: "Marianne LEFEVRE (identité certifiée par FranceConnect), m@exemple.test" },
      { libelle: "Foyer", valeur: "aucun foyer enregistré pour le moment" },
    ]);
  });

  it("étant donné un foyer, il compte ce que l'export contient", () => {
    const foyer = {
      responsablesLegaux: [{}, {}],
      enfants: [{ inscriptions: [{ statut: "validee" }, { statut: "en_attente" }] }],
      consentements: [{ statut: "accorde" }, { statut: "retire" }],
      donneesFiscales: [{ anneeRevenus: 2025 }, { anneeRevenus: 2024 }, { anneeRevenus: 2025 }],
      pieces: [{}],
      dossiers: [{}, {}],
      messages: [],
      appelsAuxAdministrations: [{}, {}, {}],
    } as unknown as ExportDonnees["foyer"];
    const r = Object.fromEntries(resumerDonnees({ compte, foyer } as ExportDonnees).map((l) => [l.libelle, l.valeur]));
    expect(r).toMatchObject({
      "Responsables légaux": "2",
      Inscriptions: "2, dont 1 validée(s), avec leurs tarifs expliqués",
      "Accords pour les données fiscales": "2, dont 1 en vigueur",
      "Données fiscales obtenues": "revenus 2024, 2025 (source et année indiquées dans l'export)",
      "Pièces justificatives": "1 pièce",
      "Dossiers et messages": "2 dossiers, 0 message",
      "Appels aux administrations": "3 (sans les données échangées)",
    });
  });
});
