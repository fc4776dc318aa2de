import { describe, expect, it } from "vitest";

import { delaiAvantNouvelEssaiMs, echecDefinitif } from "./nouvel-essai";

describe("nouvelles tentatives d'envoi", () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [20, 6 * 3600_000],
  ])("après %i tentative(s), la suivante attend %i ms", (n, ms) => {
    expect(delaiAvantNouvelEssaiMs(n)).toBe(ms);
  });

  it.each([
    [550, true],
    [421, false],
    [undefined, false],
  ])("une réponse SMTP %s est définitive : %s", (code, definitif) => {
    expect(echecDefinitif(code)).toBe(definitif);
  });
});
