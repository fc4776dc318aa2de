import { describe, expect, it } from "vitest";
import { z } from "zod";

import {
  caseACocher,
  dateHeureParisOptionnelle,
  eurosEnCentimesOptionnel,
  heureDeParis,
  partsFiscales,
  partsFiscalesOptionnelles,
  versSaisieHeureDeParis,
} from "./champs-formulaire";

describe("heureDeParis : une saisie datetime-local lue à l'heure de Paris", () => {
  it.each([
    ["en hiver (UTC+1)", "2027-01-15T08:30", "2027-01-15T07:30:00.000Z"],
    ["en été (UTC+2)", "2026-07-01T08:30", "2026-07-01T06:30:00.000Z"],
    ["le jour du passage à l'heure d'été, après 3 h", "2026-03-29T10:00", "2026-03-29T08:00:00.000Z"],
    ["le jour du passage à l'heure d'hiver, après 3 h", "2026-10-25T10:00", "2026-10-25T09:00:00.000Z"],
  ])("%s : %s → %s", (_cas, saisie, instant) => {
    expect(heureDeParis(saisie).toISOString()).toBe(instant);
    // …and back: the edit form shows the admin the local time they typed.
    expect(versSaisieHeureDeParis(new Date(instant))).toBe(saisie);
  });

  it("un champ vide donne null, une saisie mal formée un message en français", () => {
    const s = z.object({ d: dateHeureParisOptionnelle("Ouverture") });
    expect(s.parse({ d: "" })).toEqual({ d: null });
    expect(s.safeParse({ d: "01/06/2026" }).error?.issues[0]?.message).toBe(
      "Ouverture : date et heure au format AAAA-MM-JJTHH:MM",
    );
  });
});

describe("eurosEnCentimesOptionnel", () => {
  const s = z.object({ q: eurosEnCentimesOptionnel("Quotient") });
  it.each([
    ["612", 61200],
    ["612,5", 61250],
    ["1 234,56 €", 123456],
    ["", null],
    [undefined, null],
    [61200, 61200],
  ])("« %s » → %s", (saisie, attendu) => {
    expect(s.parse({ q: saisie }).q).toBe(attendu);
  });
  it.each(["12,345", "-3", "douze"])("refuse « %s »", (saisie) => {
    expect(s.safeParse({ q: saisie }).success).toBe(false);
  });
});

describe("caseACocher", () => {
  it.each([
    ["on", true],
    [true, true],
    [undefined, false],
    ["", false],
  ])("%s → %s", (v, attendu) => {
    expect(z.object({ c: caseACocher }).parse({ c: v }).c).toBe(attendu);
  });
});

describe("parts fiscales : un seul lecteur pour la saisie de l'agent et le calculateur", () => {
  it.each([
    ["2", 2],
    ["2,5", 2.5],
    ["1.75", 1.75],
    [" 3 ", 3],
    ["", null],
  ])("« %s » se lit %s", (texte, parts) => {
    expect(partsFiscalesOptionnelles.parse(texte)).toBe(parts);
  });

  it.each([
    ["2,3", /par quarts/],
    ["0,5", /1 au moins/],
    ["21", /20 au plus/],
    ["deux", /nombre de parts attendu/],
    ["2,5,1", /nombre de parts attendu/],
  ])("« %s » est refusé avec un message en français", (texte, message) => {
    const r = partsFiscalesOptionnelles.safeParse(texte);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });

  it("requises : un champ vide le dit", () => {
    expect(partsFiscales.safeParse("").error?.issues[0]?.message).toBe("Nombre de parts : requis");
    expect(partsFiscales.parse("2,25")).toBe(2.25);
  });
});
