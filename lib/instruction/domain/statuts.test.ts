import { describe, expect, it } from "vitest";

import { ajouterRaisons, estOuvert, STATUTS_DOSSIER } from "./statuts";

describe("statuts et motifs du dossier", () => {
  it("seuls validé et rejeté ferment un dossier", () => {
    expect(STATUTS_DOSSIER.filter((s) => !estOuvert(s))).toEqual(["valide", "rejete"]);
  });

  it("un nouveau motif s'ajoute une fois, les anciens restent dans l'ordre", () => {
    expect(ajouterRaisons(["echec_api", "document_depose"], ["autorisation_a_renouveler", "echec_api"])).toEqual([
      "echec_api",
      "document_depose",
      "autorisation_a_renouveler",
    ]);
  });
});
