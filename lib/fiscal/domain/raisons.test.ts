import { describe, expect, it } from "vitest";

import { qualifierAbsence } from "./raisons";

describe("aucune donnée pour les années demandées : année indisponible ou pas déclarant", () => {
  it.each([
    [
      "toutes les années essayées sont taxées selon le calendrier (étudiant rattaché)",
      [
        { annee: 2025, taxee: true },
        { annee: 2024, taxee: true },
      ],
      ["non_declarant"],
    ],
    ["une seule année, taxée", [{ annee: 2025, taxee: true }], ["non_declarant"]],
    [
      "le calendrier ne connaît pas l'année : la DGFiP ne l'a peut-être pas encore",
      [{ annee: 2025, taxee: null }],
      ["annee_indisponible"],
    ],
    [
      "une année taxée, l'autre inconnue du calendrier",
      [
        { annee: 2025, taxee: null },
        { annee: 2024, taxee: true },
      ],
      ["annee_indisponible"],
    ],
    ["aucune année essayée", [], ["annee_indisponible"]],
  ] as const)("étant donné %s : %j", (_cas, essayees, raisons) => {
    expect(qualifierAbsence(essayees)).toEqual({ raisons, reprise: "agent" });
  });
});
