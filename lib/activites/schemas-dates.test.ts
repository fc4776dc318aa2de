// Issue 22 §2: an empty or malformed date in an admin form is a field error, never the generic error page (a
// refinement reading the date must not run on what failed to parse).
import { describe, expect, it } from "vitest";

import { anneeScolaireSaisie } from "@/lib/activites/schemas";
import { dateTaxationSaisie } from "@/lib/collectivite/schemas";

const erreursDe = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("dates vides des formulaires d'administration", () => {
  it("année scolaire sans rentrée : erreur sur le champ Rentrée, rien d'autre", () => {
    for (const debut of ["", undefined, "1er septembre"]) {
      const r = anneeScolaireSaisie.safeParse({ libelle: "2027-2028", debut, fin: "2028-07-04" });
      expect(r.success).toBe(false);
      expect(Object.keys(erreursDe(r))).toEqual(["debut"]);
    }
    const vide = anneeScolaireSaisie.safeParse({ libelle: "2027-2028", debut: "", fin: "2028-07-04" });
    expect(erreursDe(vide)).toEqual({ debut: "Rentrée : date requise" });
  });

  it("année scolaire sans fin ou au libellé mal formé : erreur sur ce champ seul", () => {
    expect(
      Object.keys(erreursDe(anneeScolaireSaisie.safeParse({ libelle: "2027-2028", debut: "2027-09-01", fin: "" }))),
    ).toEqual(["fin"]);
    expect(
      Object.keys(
        erreursDe(anneeScolaireSaisie.safeParse({ libelle: "2027", debut: "2027-09-01", fin: "2028-07-04" })),
      ),
    ).toEqual(["libelle"]);
  });

  it("les règles entre champs restent appliquées quand chaque champ est valide", () => {
    const r = anneeScolaireSaisie.safeParse({ libelle: "2027-2028", debut: "2026-09-01", fin: "2028-07-04" });
    expect(erreursDe(r)).toEqual({ debut: "L'année 2027-2028 commence en 2027" });
  });

  it("date de taxation vide : erreur sur le champ de la date", () => {
    const r = dateTaxationSaisie.safeParse({ ressource: "ir_factures", anneeRevenus: "2024", dateTaxation: "" });
    expect(Object.keys(erreursDe(r))).toEqual(["dateTaxation"]);
    const tot = dateTaxationSaisie.safeParse({ anneeRevenus: "2024", dateTaxation: "2024-07-24" });
    expect(erreursDe(tot)).toEqual({
      dateTaxation: "La taxation des revenus d'une année a lieu l'année suivante ou plus tard",
    });
  });
});
