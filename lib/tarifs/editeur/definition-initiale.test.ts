// Issue 22 §2: a new grid rounds the quotient the same way whatever its mode, so that switching modes never changes
// the rounding behind the admin's back.
import { describe, expect, it } from "vitest";

import { definitionInitiale } from "./definition-initiale";
import { MODES } from "./modele";

describe("premier brouillon d'une grille", () => {
  it("le même arrondi du quotient et du prix dans chaque mode", () => {
    const arrondis = MODES.map((m) => {
      const d = definitionInitiale(m, "repas");
      return `${d.quotient.arrondi} / ${d.arrondi}`;
    });
    expect(new Set(arrondis).size, arrondis.join(", ")).toBe(1);
  });
});
