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
      { prenoms: "Marianne Claire", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14", certifiee: true },
      1,
    ],
    [
      "nom d'usage, casse et accents différents",
      {
        prenoms: "marianne",
        nomNaissance: "Lefèvre",
        nomUsage: "Dupont",
        dateNaissance: "1986-03-14",
        certifiee: true,
      },
      1,
    ],
    [
      "seul le premier prénom donné",
      { prenoms: "Marianne", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14", certifiee: true },
      1,
    ],
    [
      "le conjoint, déclarant 2",
      { prenoms: "Pierre", nomNaissance: "Dupont", dateNaissance: "1984-11-02", certifiee: true },
      2,
    ],
  ])("étant donné %s, l'identité concorde (déclarant %i)", (_, titulaire, rang) => {
    expect(controlerIdentite(DUPONT, titulaire)).toEqual({ concordante: true, rang });
  });

  it("tirets, apostrophes et espaces ne comptent pas", () => {
    const d: Declarant[] = [
      { rang: 1, nomNaissance: "DE VILLIERS", nomUsage: null, prenoms: "Jean Marc", dateNaissance: "1970-02-02" },
    ];
    expect(
      controlerIdentite(d, {
        prenoms: "Jean-Marc",
        nomNaissance: "de Villiers",
        dateNaissance: "1970-02-02",
        certifiee: true,
      }),
    ).toEqual({ concordante: true, rang: 1 });
    const o: Declarant[] = [
      { rang: 1, nomNaissance: "O'NEIL", nomUsage: null, prenoms: "Anaïs", dateNaissance: "1990-01-01" },
    ];
    expect(
      controlerIdentite(o, { prenoms: "ANAIS", nomNaissance: "O NEIL", dateNaissance: "1990-01-01", certifiee: true }),
    ).toEqual({
      concordante: true,
      rang: 1,
    });
  });

  it.each([
    [
      "une autre date de naissance",
      { prenoms: "Marianne", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-15", certifiee: true },
    ],
    ["un autre prénom", { prenoms: "Marie", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14", certifiee: true }],
    ["un autre nom", { prenoms: "Marianne", nomNaissance: "LEFEBVRE", dateNaissance: "1986-03-14", certifiee: true }],
    [
      "le prénom d'un déclarant avec la date de l'autre",
      { prenoms: "Pierre", nomNaissance: "DUPONT", dateNaissance: "1986-03-14", certifiee: true },
    ],
  ])("étant donné %s, l'identité diverge", (_, titulaire) => {
    expect(controlerIdentite(DUPONT, titulaire)).toEqual({ concordante: false, motif: "divergente" });
  });

  it("sans déclarant connu (scopes non accordés), rien ne concorde", () => {
    expect(
      controlerIdentite([], {
        prenoms: "Marianne",
        nomNaissance: "LEFEVRE",
        dateNaissance: "1986-03-14",
        certifiee: true,
      }),
    ).toEqual({ concordante: false, motif: "divergente" });
  });
});

describe("seule une identité certifiée par FranceConnect concorde", () => {
  const MARIANNE = { prenoms: "Marianne Claire", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14" };

  it.each([
    [
      "une identité déclarée (compte local) identique au déclarant 1",
      { ...MARIANNE, certifiee: false },
      "non_certifiee",
    ],
    [
      "une identité déclarée qui ne correspond à aucun déclarant",
      { ...MARIANNE, prenoms: "Jean", certifiee: false },
      "divergente",
    ],
    [
      "une date de naissance présumée (AAAA-00-00)",
      { ...MARIANNE, dateNaissance: "1986-00-00", certifiee: true },
      "date_presumee",
    ],
    [
      "une date de naissance présumée (AAAA-MM-00)",
      { ...MARIANNE, dateNaissance: "1986-03-00", certifiee: true },
      "date_presumee",
    ],
  ] as const)("étant donné %s, rien ne concorde (%s)", (_, titulaire, motif) => {
    expect(controlerIdentite(DUPONT, titulaire)).toEqual({ concordante: false, motif });
  });

  it("un déclarant dont la date est présumée ne concorde pas même avec la même date présumée", () => {
    const d: Declarant[] = [{ ...DUPONT[0]!, dateNaissance: "1986-00-00" }];
    expect(controlerIdentite(d, { ...MARIANNE, dateNaissance: "1986-00-00", certifiee: true })).toEqual({
      concordante: false,
      motif: "date_presumee",
    });
  });
});
