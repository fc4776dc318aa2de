import { describe, expect, it } from "vitest";

import { anciennete } from "./anciennete";

const maintenant = new Date("2026-09-15T10:00:00Z");

describe("ancienneté d'un dossier", () => {
  it.each([
    ["reçu il y a 2 heures", "2026-09-15T08:00:00Z", "moins d'un jour"],
    ["reçu il y a 30 heures", "2026-09-14T04:00:00Z", "1 jour"],
    ["reçu il y a 9 jours et demi", "2026-09-05T22:00:00Z", "9 jours"],
    ["daté dans le futur (horloges décalées)", "2026-09-15T10:05:00Z", "moins d'un jour"],
  ])("étant donné un dossier %s : « %s »", (_, depuis, attendu) => {
    expect(anciennete(new Date(depuis), maintenant)).toBe(attendu);
  });
});
