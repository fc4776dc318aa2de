import { describe, expect, it } from "vitest";

import { lireSpi } from "./spi";

describe("saisie du numéro fiscal (SPI)", () => {
  it.each([
    ["3012345678901", "3012345678901"],
    ["30 12 345 678 901", "3012345678901"],
    ["  3012345678901  ", "3012345678901"],
    ["30\u00a012\u00a0345\u202f678\u00a0901", "3012345678901"],
    ["0012345678901", "0012345678901"],
  ])("étant donné « %s », le SPI lu est %s", (saisie, spi) => {
    expect(lireSpi(saisie)).toEqual({ ok: true, spi });
  });

  it.each([
    ["", /Saisissez votre numéro fiscal/],
    ["   ", /Saisissez votre numéro fiscal/],
    ["301234567890", /13 chiffres ; vous en avez saisi 12/],
    ["30123456789012", /vous en avez saisi 14/],
    ["30-12-345-678-901", /que des chiffres/],
    ["3O12345678901", /que des chiffres/],
  ])("étant donné « %s », l'erreur dit clairement quoi corriger", (saisie, message) => {
    const r = lireSpi(saisie);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur).toMatch(message);
  });
});
