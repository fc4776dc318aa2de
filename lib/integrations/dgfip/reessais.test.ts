import { describe, expect, it } from "vitest";

import { attenteAvantNouvelEssai, delaiTentative, lireRetryAfter, tientDansLeJeton } from "./reessais";

const regle = { tentativesMax: 3, attenteBaseMs: 200, attenteMaxMs: 2_000, delaiAppelMs: 5_000 };

describe("politique de nouvel essai", () => {
  it.each([
    [1, null, 0, 100],
    [1, null, 0.999, 200],
    [2, null, 0, 200],
    [2, null, 0.5, 300],
    [3, null, 0, null],
    [1, 1, 0, 1_000],
    [1, 3, 0, null],
  ])(
    "après la tentative %i (Retry-After %s s, aléa %s), l'attente est %s ms",
    (tentative, retryAfter, alea, attendu) => {
      expect(attenteAvantNouvelEssai(regle, tentative, retryAfter, alea)).toBe(attendu);
    },
  );

  it("plafonne l'attente exponentielle", () => {
    expect(attenteAvantNouvelEssai({ ...regle, tentativesMax: 20 }, 12, null, 0.999)).toBeLessThanOrEqual(2_000);
  });

  it.each([
    ["mode SPI", null, 0, 10_000, true],
    ["jeton qui vit encore 5 s, attente 2 s", 5_000, 0, 2_000, true],
    ["jeton qui vit encore 2,5 s, attente 2 s", 2_500, 0, 2_000, false],
    ["jeton mort", 1_000, 1_000, 0, false],
  ])("%s : tient dans le jeton = %s", (_, limite, maintenant, attente, attendu) => {
    expect(tientDansLeJeton(limite, maintenant, attente)).toBe(attendu);
  });

  it("raccourcit le délai d'une tentative à la vie restante du jeton", () => {
    expect(delaiTentative(regle, null, 0)).toBe(5_000);
    expect(delaiTentative(regle, 1_300, 0)).toBe(1_300);
    expect(delaiTentative(regle, 60_000, 0)).toBe(5_000);
  });

  it("lit Retry-After en secondes ou en date HTTP", () => {
    expect(lireRetryAfter("2", 0)).toBe(2);
    expect(lireRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(lireRetryAfter("bientôt", 0)).toBeNull();
    expect(lireRetryAfter(null, 0)).toBeNull();
  });
});
