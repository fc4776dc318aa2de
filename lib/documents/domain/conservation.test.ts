import { describe, expect, it } from "vitest";

import { echeanceApresInstruction, echeanceDepot } from "./conservation";
import { formaterMo, formaterTaille } from "./taille";

describe("conservation des pièces", () => {
  const depot = new Date("2026-09-01T10:00:00Z");
  it("étant donné un dépôt le 1er septembre 2026 et 365 jours de conservation, la pièce expire le 1er septembre 2027", () => {
    expect(echeanceDepot(depot, 365).toISOString()).toBe("2027-09-01T10:00:00.000Z");
  });
  it("étant donné un dossier clos, la pièce part après le délai de recours s'il tombe avant l'échéance, sinon à l'échéance", () => {
    const echeance = echeanceDepot(depot, 365);
    expect(echeanceApresInstruction(echeance, new Date("2026-10-01T00:00:00Z")).toISOString()).toBe(
      "2026-12-02T00:00:00.000Z",
    );
    expect(echeanceApresInstruction(echeance, new Date("2027-08-01T00:00:00Z"))).toEqual(echeance);
  });
});

describe("tailles affichées", () => {
  it.each([
    [512, "512 octets"],
    [1536, "2 ko"],
    [10 * 1024 * 1024, "10 Mo"],
    [1.25 * 1024 * 1024, "1,3 Mo"],
  ])("étant donné %i octets, on affiche « %s »", (octets, attendu) => {
    expect(formaterTaille(octets).replace(/\u202f|\u00a0/g, " ")).toBe(attendu);
  });
});

describe("tailles en mégaoctets (issue 22 §3) : jamais « 0 Mo »", () => {
  it.each([
    [32 * 1024, "32 ko"],
    [700, "700 octets"],
    [5 * 1024 * 1024, "5 Mo"],
    [2.5 * 1024 * 1024, "2,5 Mo"],
  ])("étant donné %i octets, on affiche « %s »", (octets, attendu) => {
    expect(formaterMo(octets).replace(/\u202f|\u00a0/g, " ")).toBe(attendu);
  });
});
