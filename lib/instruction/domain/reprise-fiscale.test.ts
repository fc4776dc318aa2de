import { describe, expect, it } from "vitest";

import { finDuSpi, optionsReprise } from "./reprise-fiscale";

describe("reprise des données fiscales par un agent", () => {
  it.each([
    [
      "un numéro fiscal connu, dernier appel en mode SPI",
      { spiConnu: true, titulaireFranceConnect: false, modeDernierAppel: "spi" },
      "spi_connu",
      false,
      false,
    ],
    [
      "une famille FranceConnect, dernier appel FranceConnect",
      { spiConnu: false, titulaireFranceConnect: true, modeDernierAppel: "franceconnect" },
      "spi_a_saisir",
      true,
      true,
    ],
    [
      "une famille FranceConnect qui a aussi donné son numéro",
      { spiConnu: true, titulaireFranceConnect: true, modeDernierAppel: "franceconnect" },
      "spi_connu",
      true,
      true,
    ],
    [
      "un compte local sans numéro ni appel",
      { spiConnu: false, titulaireFranceConnect: false, modeDernierAppel: null },
      "spi_a_saisir",
      false,
      false,
    ],
  ] as const)("étant donné %s", (_, situation, relanceSpi, nouvelleAutorisation, avertit) => {
    const o = optionsReprise(situation);
    expect(o.relanceSpi).toBe(relanceSpi);
    expect(o.nouvelleAutorisation).toBe(nouvelleAutorisation);
    expect(o.avertissement !== null).toBe(avertit);
  });

  it("un numéro fiscal n'est montré que par ses trois derniers chiffres", () => {
    expect(finDuSpi("3012345678901")).toBe("se terminant par 901");
  });
});
