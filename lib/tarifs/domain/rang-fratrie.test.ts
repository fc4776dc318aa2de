import { describe, expect, it } from "vitest";

import { rangsFratrie } from "./rang-fratrie";

describe("rangsFratrie : par âge, l'aîné en premier", () => {
  it.each([
    ["un enfant seul est de rang 1", [{ id: "a", dateNaissance: "2018-05-01" }], { a: 1 }],
    [
      "trois enfants donnés dans le désordre : le plus jeune est 3e",
      [
        { id: "c", dateNaissance: "2020-01-10" },
        { id: "a", dateNaissance: "2015-03-02" },
        { id: "b", dateNaissance: "2017-11-30" },
      ],
      { a: 1, b: 2, c: 3 },
    ],
    [
      "des jumeaux ont des rangs distincts, départagés par identifiant",
      [
        { id: "z", dateNaissance: "2016-06-06" },
        { id: "x", dateNaissance: "2019-02-02" },
        { id: "y", dateNaissance: "2019-02-02" },
      ],
      { z: 1, x: 2, y: 3 },
    ],
    ["aucun enfant inscrit, aucun rang", [], {}],
  ])("%s", (_scenario, enfants, attendu) => {
    expect(Object.fromEntries(rangsFratrie(enfants))).toEqual(attendu);
  });

  it("le résultat ne dépend pas de l'ordre donné", () => {
    const enfants = [
      { id: "b", dateNaissance: "2019-02-02" },
      { id: "a", dateNaissance: "2019-02-02" },
      { id: "c", dateNaissance: "2012-01-01" },
    ];
    expect(rangsFratrie(enfants)).toEqual(rangsFratrie([...enfants].reverse()));
  });

  it.each([
    ["une date mal formée", [{ id: "a", dateNaissance: "01/02/2019" }], /Date de naissance invalide/],
    [
      "un enfant en double",
      [
        { id: "a", dateNaissance: "2019-01-01" },
        { id: "a", dateNaissance: "2019-01-01" },
      ],
      /deux fois/,
    ],
  ])("refuse %s", (_cas, enfants, message) => {
    expect(() => rangsFratrie(enfants)).toThrow(message);
  });
});
