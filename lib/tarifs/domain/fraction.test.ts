import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { arrondir, arrondirAuPas, comparer, depuisDecimal, enDecimal, fraction } from "./fraction";

describe("fraction : arrondis", () => {
  it.each([
    ["1175/1000 au demi supérieur", fraction(1175, 1000), "demi_superieur", 1n],
    ["2205/10 au demi supérieur (220,5 centimes)", fraction(2205, 10), "demi_superieur", 221n],
    ["2205/10 à l'inférieur", fraction(2205, 10), "inferieur", 220n],
    ["22001/100 au supérieur", fraction(22001, 100), "superieur", 221n],
    ["un entier reste lui-même, quelle que soit la règle", fraction(235), "superieur", 235n],
    ["-5/2 au demi supérieur (vers +∞)", fraction(-5, 2), "demi_superieur", -2n],
  ] as const)("%s", (_nom, f, mode, attendu) => {
    expect(arrondir(f, mode)).toBe(attendu);
  });

  it("arrondit au pas de l'euro (en centimes)", () => {
    expect(arrondirAuPas(fraction(50092), 100n, "inferieur")).toBe(50000n);
    expect(arrondirAuPas(fraction(50050), 100n, "demi_superieur")).toBe(50100n);
  });

  it("l'arrondi au demi supérieur est à moins d'un demi de la valeur exacte", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const f = fraction(n, d);
          const r = arrondir(f, "demi_superieur");
          const ecart = fraction(r * f.d - f.n, f.d); // r - f
          expect(comparer(ecart, fraction(-1, 2))).toBeGreaterThan(-1);
          expect(comparer(ecart, fraction(1, 2))).toBeLessThanOrEqual(0);
          expect(arrondir(f, "inferieur") <= r && r <= arrondir(f, "superieur")).toBe(true);
        },
      ),
    );
  });
});

describe("fraction : écriture décimale exacte", () => {
  it.each([
    [fraction(220_32, 100), 2, "2.2032"],
    [fraction(235), 2, "2.35"],
    [fraction(100), 2, "1"],
    [fraction(1175, 10), 2, "1.175"],
  ] as const)("%o / 10^%i = %s", (f, decalage, texte) => {
    expect(enDecimal(f, decalage)).toEqual({ texte, exact: true });
  });
  it("un tiers n'est pas exact et le dit", () => {
    expect(enDecimal(fraction(1, 3), 0, 4)).toEqual({ texte: "0.3333", exact: false });
  });
  it("0,36 s'écrit exactement 36/100 malgré la virgule flottante", () => {
    expect(depuisDecimal(0.36, 4)).toEqual(fraction(36, 100));
  });
});
