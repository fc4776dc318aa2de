import { describe, expect, it } from "vitest";

import { hacherMotDePasse, problemesMotDePasse, verifierMotDePasse } from "./mot-de-passe";

describe("mots de passe", () => {
  it("vérifie le bon mot de passe et refuse un autre", async () => {
    const h = await hacherMotDePasse("Cantine-Bellecombe-2026");
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifierMotDePasse("Cantine-Bellecombe-2026", h)).toBe(true);
    expect(await verifierMotDePasse("cantine-bellecombe-2026", h)).toBe(false);
  });

  it("sale chaque empreinte : deux hachages du même mot diffèrent", async () => {
    expect(await hacherMotDePasse("Même-mot-de-passe-1")).not.toBe(await hacherMotDePasse("Même-mot-de-passe-1"));
  });

  it("refuse une empreinte malformée sans lever d'erreur", async () => {
    expect(await verifierMotDePasse("x", "md5$abc")).toBe(false);
    expect(await verifierMotDePasse("x", "")).toBe(false);
  });

  it.each([
    ["court", "Ab1!", "citoyen", 1],
    ["long mais une seule famille", "aaaaaaaaaaaaaaaa", "agent", 1],
    ["12 caractères, trois familles : suffit pour un citoyen", "Bellecombe26", "citoyen", 0],
    ["12 caractères : trop court pour un agent", "Bellecombe26", "agent", 1],
  ] as const)("étant donné un mot de passe %s, %i problème(s) attendu(s)", (_cas, mot, role, n) => {
    expect(problemesMotDePasse(mot, role)).toHaveLength(n);
  });
});
