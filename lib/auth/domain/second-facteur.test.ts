import { describe, expect, it } from "vitest";

import { etatSecondFacteur, sessionComplete } from "./second-facteur";

describe("qui doit montrer un second facteur", () => {
  const le = new Date("2026-12-03T08:00:00Z");
  it.each([
    ["citoyen", "local", null, false, "non_requis"],
    ["citoyen", "franceconnect", null, false, "non_requis"],
    ["agent", "proconnect", null, false, "non_requis"],
    ["admin", "proconnect", null, true, "non_requis"],
    ["agent", "local", null, false, "a_enroler"],
    ["admin", "local", null, true, "a_verifier"],
    ["agent", "local", le, true, "verifie"],
  ] as const)(
    "%s connecté par %s (second facteur le %s, TOTP actif %s) : %s",
    (role, fournisseur, s, actif, attendu) => {
      expect(etatSecondFacteur({ role, fournisseur, secondFacteurLe: s, totpActif: actif })).toBe(attendu);
    },
  );

  it("seules les sessions sans second facteur en attente sont complètes", () => {
    expect(sessionComplete("non_requis")).toBe(true);
    expect(sessionComplete("verifie")).toBe(true);
    expect(sessionComplete("a_verifier")).toBe(false);
    expect(sessionComplete("a_enroler")).toBe(false);
  });
});
