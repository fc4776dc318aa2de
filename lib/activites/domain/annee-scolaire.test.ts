import { describe, expect, it } from "vitest";

import { anneeScolaireCourante } from "./annee-scolaire";

describe("année scolaire courante", () => {
  it.each([
    ["2026-11-23", "2026-2027"],
    ["2026-08-01", "2026-2027"],
    ["2026-07-31", "2025-2026"],
    ["2027-01-05", "2026-2027"],
  ])("le %s, l'année scolaire est %s", (jour, libelle) => {
    expect(anneeScolaireCourante(new Date(`${jour}T12:00:00Z`)).libelle).toBe(libelle);
  });

  it("commence le 1er septembre et finit début juillet", () => {
    const a = anneeScolaireCourante(new Date("2026-11-23T00:00:00Z"));
    expect(a.debut.toISOString().slice(0, 10)).toBe("2026-09-01");
    expect(a.fin.toISOString().slice(0, 10)).toBe("2027-07-04");
  });
});
