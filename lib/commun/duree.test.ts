import { describe, expect, it } from "vitest";

import { formaterDureeJours } from "./duree";

describe("durée de conservation affichée (issue 22 §3)", () => {
  it.each([
    [400, "400 jours"],
    [365, "un an"],
    [730, "2 ans"],
    [90, "90 jours"],
    [1, "1 jour"],
  ])("%i jours se disent « %s »", (jours, attendu) => {
    expect(formaterDureeJours(jours)).toBe(attendu);
  });
});
