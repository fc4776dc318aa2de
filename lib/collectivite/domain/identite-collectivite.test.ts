import { describe, expect, it } from "vitest";

import { cheminLogoValide, contrasteMinimal, couleurLisible, siretValide } from "./identite-collectivite";

describe("identité de la collectivité", () => {
  it.each([
    ["21750001600019", true, "14 chiffres et clé de Luhn juste"],
    ["21590350100017", true, "une autre mairie"],
    ["21750001600018", false, "dernier chiffre faux : la clé ne tombe pas juste"],
    ["2175000160001", false, "13 chiffres"],
    ["217500016000190", false, "15 chiffres"],
    ["2175000160001A", false, "une lettre"],
    ["35600000049837", true, "établissement de La Poste : somme des chiffres multiple de 5"],
    ["35600000049838", false, "La Poste, somme des chiffres qui n'est pas un multiple de 5"],
  ])("le SIRET %s est-il valide ? %s (%s)", (siret, attendu) => {
    expect(siretValide(siret)).toBe(attendu);
  });

  it.each([
    ["/logos/bellecombe.png", true],
    ["/logo.SVG", true],
    ["/images/armoiries-2026.webp", true],
    ["https://exemple.fr/logo.png", false],
    ["//exemple.fr/logo.png", false],
    ["/logos/../secret.png", false],
    ["/logos/logo.gif", false],
    ["logos/logo.png", false],
    ["/logo.png?x=1", false],
    [`/${"a".repeat(300)}.png`, false],
  ])("le chemin de logo %s est-il accepté ? %s", (chemin, attendu) => {
    expect(cheminLogoValide(chemin)).toBe(attendu);
  });

  it.each([
    ["#1e3a8a", true, 8.4],
    ["#0066cc", true, 4.5],
    ["#2563eb", false, 4.2],
    ["#60a5fa", false, 2],
  ])("la couleur %s est lisible ? %s (contraste le plus faible %d:1)", (couleur, lisible, contraste) => {
    expect(couleurLisible(couleur)).toBe(lisible);
    expect(contrasteMinimal(couleur)).toBe(contraste);
  });

  it("une couleur qui n'est pas #RRVVBB n'est pas acceptée", () => {
    expect(couleurLisible("bleu")).toBe(false);
    expect(couleurLisible("#123")).toBe(false);
  });
});
