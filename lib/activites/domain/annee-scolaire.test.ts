import { describe, expect, it } from "vitest";

import { anneeAfficheeParDefaut, anneeScolaireCourante } from "./annee-scolaire";

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

describe("année affichée par défaut dans les listes (issue 22)", () => {
  const annee = (libelle: string) => ({ libelle, debut: new Date(`${libelle.slice(0, 4)}-09-01T00:00:00Z`) });
  // Newest first, as listerAnneesScolaires returns them: the next year is already prepared.
  const annees = [annee("2027-2028"), annee("2026-2027"), annee("2025-2026")];

  it("l'année en cours, pas la plus récente créée", () => {
    expect(anneeAfficheeParDefaut(annees, new Date("2026-11-23T12:00:00Z"))?.libelle).toBe("2026-2027");
    expect(anneeAfficheeParDefaut(annees, new Date("2027-03-01T12:00:00Z"))?.libelle).toBe("2026-2027");
  });

  it("à partir d'août, l'année qui se prépare", () => {
    expect(anneeAfficheeParDefaut(annees, new Date("2027-08-02T12:00:00Z"))?.libelle).toBe("2027-2028");
  });

  it("sans année en cours, la dernière commencée, sinon la première de la liste", () => {
    expect(anneeAfficheeParDefaut(annees.slice(1), new Date("2029-01-10T12:00:00Z"))?.libelle).toBe("2026-2027");
    expect(anneeAfficheeParDefaut([annee("2030-2031")], new Date("2026-11-23T12:00:00Z"))?.libelle).toBe("2030-2031");
    expect(anneeAfficheeParDefaut([], new Date("2026-11-23T12:00:00Z"))).toBeUndefined();
  });
});
