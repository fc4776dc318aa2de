import { describe, expect, it } from "vitest";
import { echeanceApresInstruction, echeanceDepot } from "./conservation";

describe("conservation des pièces", () => {
  const depot = new Date("2026-09-01T10:00:00Z");
  it("étant donné un dépôt le 1er septembre 2026 et 365 jours de conservation, la pièce expire le 1er septembre 2027", () => {
    expect(echeanceDepot(depot, 365).toISOString()).toBe("2027-09-01T10:00:00.000Z");
  });
  it("étant donné un dossier clos, la pièce part après le délai de recours s'il tombe avant l'échéance, sinon à l'échéance", () => {
    const echeance = echeanceDepot(depot, 365);
    expect(echeanceApresInstruction(echeance, new Date("2026-10-01T00:00:00Z")).toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(echeanceApresInstruction(echeance, new Date("2027-08-01T00:00:00Z"))).toEqual(echeance);
  });
});
