import { describe, expect, it } from "vitest";

import { controlerIdentite, type Declarant } from "./identite";

const DUPONT: Declarant[] = [
  { rang: 1, nomNaissance: "LEFEVRE", nomUsage: "DUPONT", prenoms: "Marianne Claire", dateNaissance: "1986-03-14" },
  { rang: 2, nomNaissance: "DUPONT", nomUsage: null, prenoms: "Pierre", dateNaissance: "1984-11-02" },
];

describe("contrôle d'identité : le titulaire du compte est-il déclarant du foyer ?", () => {
  it.each([
    [
      "identité FranceConnect exacte du déclarant 1",
      { prenoms: "Marianne Claire", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14" },
      1,
    ],
    [
      "nom d'usage, casse et accents différents",
      { prenoms: "marianne", nomNaissance: "Lefèvre", nomUsage: "Dupont", dateNaissance: "1986-03-14" },
      1,
    ],
    ["seul le premier prénom donné", { prenoms: "Marianne", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14" }, 1],
    ["le conjoint, déclarant 2", { prenoms: "Pierre", nomNaissance: "Dupont", dateNaissance: "1984-11-02" }, 2],
  ])("étant donné %s, l'identité concorde (déclarant %i)", (_, titulaire, rang) => {
    expect(controlerIdentite(DUPONT, titulaire)).toEqual({ concordante: true, rang });
  });

  it("tirets, apostrophes et espaces ne comptent pas", () => {
    const d: Declarant[] = [
      { rang: 1, nomNaissance: "DE VILLIERS", nomUsage: null, prenoms: "Jean Marc", dateNaissance: "1970-02-02" },
    ];
    expect(
      controlerIdentite(d, { prenoms: "Jean-Marc", nomNaissance: "de Villiers", dateNaissance: "1970-02-02" }),
    ).toEqual({ concordante: true, rang: 1 });
    const o: Declarant[] = [
      { rang: 1, nomNaissance: "O'NEIL", nomUsage: null, prenoms: "Anaïs", dateNaissance: "1990-01-01" },
    ];
    expect(controlerIdentite(o, { prenoms: "ANAIS", nomNaissance: "O NEIL", dateNaissance: "1990-01-01" })).toEqual({
      concordante: true,
      rang: 1,
    });
  });

  it.each([
    ["une autre date de naissance", { prenoms: "Marianne", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-15" }],
    ["un autre prénom", { prenoms: "Marie", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14" }],
    ["un autre nom", { prenoms: "Marianne", nomNaissance: "LEFEBVRE", dateNaissance: "1986-03-14" }],
    [
      "le prénom d'un déclarant avec la date de l'autre",
      { prenoms: "Pierre", nomNaissance: "DUPONT", dateNaissance: "1986-03-14" },
    ],
  ])("étant donné %s, l'identité diverge", (_, titulaire) => {
    expect(controlerIdentite(DUPONT, titulaire)).toEqual({ concordante: false });
  });

  it("sans déclarant connu (scopes non accordés), rien ne concorde", () => {
    expect(
      controlerIdentite([], { prenoms: "Marianne", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14" }),
    ).toEqual({ concordante: false });
  });
});
