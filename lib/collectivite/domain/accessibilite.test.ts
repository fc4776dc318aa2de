import { describe, expect, it } from "vitest";

import { etatDeConformite, lignes } from "./accessibilite";

describe("état de conformité de la déclaration d'accessibilité (RGAA)", () => {
  it.each([
    [null, null, "non conforme", "aucun audit n'a encore été réalisé"],
    [null, 100, "non conforme", "aucun audit n'a encore été réalisé"],
    [new Date("2026-05-12"), null, "non conforme", "aucun audit n'a encore été réalisé"],
    [new Date("2026-05-12"), 100, "totalement conforme", null],
    [new Date("2026-05-12"), 99, "partiellement conforme", null],
    [new Date("2026-05-12"), 50, "partiellement conforme", null],
    [new Date("2026-05-12"), 49, "non conforme", null],
    [new Date("2026-05-12"), 0, "non conforme", null],
  ] as const)("audit du %s, %s %% des critères respectés : %s", (auditLe, taux, etat, raison) => {
    expect(etatDeConformite({ auditLe, tauxConformite: taux })).toEqual({ etat, raison });
  });

  it("une liste saisie un élément par ligne : lignes vides et espaces retirés", () => {
    expect(lignes("  Cartes des écoles \n\n- Documents PDF anciens\n ")).toEqual([
      "Cartes des écoles",
      "Documents PDF anciens",
    ]);
    expect(lignes("")).toEqual([]);
  });
});
