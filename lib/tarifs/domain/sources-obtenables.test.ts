import { describe, expect, it } from "vitest";

import { GRILLE_CANTINE_QF } from "./grilles-demo";
import { sourcesInobtenables } from "./sources-obtenables";

const revenuImposable = {
  ...GRILLE_CANTINE_QF,
  quotient: { ...GRILLE_CANTINE_QF.quotient, revenu: "revenu_imposable" },
} as const;

describe("l'éditeur de grilles avertit quand une grille demande une donnée que la commune ne peut pas obtenir", () => {
  it("revenu imposable : aucun scope FranceConnect ne le sert, les familles FranceConnect iront à un agent", () => {
    expect(sourcesInobtenables(revenuImposable, [])).toEqual([
      expect.objectContaining({
        donnee: "revenu_imposable",
        message: expect.stringMatching(/FranceConnect ne transmet pas le revenu imposable/),
      }),
    ]);
  });

  it("RFR et parts avec l'habilitation par défaut : rien à signaler", () => {
    expect(sourcesInobtenables(GRILLE_CANTINE_QF, [])).toEqual([]);
  });

  it("habilitation sans dgfip_rfr ni dgfip_nbpart : les deux sont signalés", () => {
    expect(sourcesInobtenables(GRILLE_CANTINE_QF, ["dgfip_sitfam", "dgfip_aft"]).map((s) => s.donnee)).toEqual([
      "rfr",
      "parts",
    ]);
  });

  it("quotient CAF seul : aucune donnée fiscale demandée, rien à signaler ici", () => {
    expect(
      sourcesInobtenables({ ...GRILLE_CANTINE_QF, quotient: { ...GRILLE_CANTINE_QF.quotient, source: "caf" } }, [
        "dgfip_sitfam",
      ]),
    ).toEqual([]);
  });
});
