import { describe, expect, it } from "vitest";

import { decrirePeriode, extrairePeriodes, SCOPE_SITUATION_AU_3112_SI_DECES, situationAu3112SiDeces } from "./periodes";
import { estScopeDonneeDgfip, scopesFranceConnectDgfip } from "./scopes-franceconnect";

const DECES = [
  {
    sitFam: "M",
    rfr: 17600,
    nbPart: 2.5,
    pac: { nbPac: 1 },
    dateDebutPeriode: "2025-01-01",
    dateFinPeriode: "2025-06-14",
    dateDecesdec2: "2025-06-14",
  },
  {
    sitFam: "V",
    rfr: 14200,
    nbPart: 2.5,
    pac: { nbPac: 1 },
    dateDebutPeriode: "2025-06-15",
    dateFinPeriode: "2025-12-31",
  },
];
const PACS = [
  { sitFam: "C", rfr: 9700, nbPart: 1, dateDebutPeriode: "2025-01-01", dateFinPeriode: "2025-05-16" },
  { sitFam: "O", rfr: 38900, nbPart: 2, dateDebutPeriode: "2025-05-17", dateFinPeriode: "2025-12-31" },
];

describe("périodes d'une année à plusieurs situations", () => {
  it("garde chaque période avec ses dates, sa situation et ses montants", () => {
    expect(extrairePeriodes(DECES)).toEqual([
      {
        debut: "2025-01-01",
        fin: "2025-06-14",
        situationFamille: "M",
        rfr: 17600,
        revenuImposable: null,
        nbParts: 2.5,
        nbPersonnesCharge: 1,
        decesDeclarant1: null,
        decesDeclarant2: "2025-06-14",
      },
      {
        debut: "2025-06-15",
        fin: "2025-12-31",
        situationFamille: "V",
        rfr: 14200,
        revenuImposable: null,
        nbParts: 2.5,
        nbPersonnesCharge: 1,
        decesDeclarant1: null,
        decesDeclarant2: null,
      },
    ]);
  });

  it("situation au 31/12 : seulement après un décès, la période qui finit le 31 décembre", () => {
    expect(situationAu3112SiDeces(DECES)?.sitFam).toBe("V");
    expect(situationAu3112SiDeces(PACS)).toBeNull();
    expect(situationAu3112SiDeces([DECES[0]!, { ...DECES[1]!, dateFinPeriode: "2025-11-30" }])).toBeNull();
    expect(situationAu3112SiDeces(DECES.slice(0, 1))).toBeNull();
  });

  it("décrit une période pour l'agent, en français", () => {
    const [avant, apres] = extrairePeriodes(DECES);
    expect(decrirePeriode(avant!)).toBe(
      // Espaces insécables de la typographie française : fine entre les milliers, normale avant l'unité.
      "Du 01/01/2025 au 14/06/2025 : marié(e)s ; revenu fiscal de référence 17\u202f600\u00a0€ ; 2,5 parts ; 1 personne(s) à charge ; décès du déclarant 2 le 14/06/2025",
    );
    expect(decrirePeriode(apres!)).toMatch(/^Du 15\/06\/2025 au 31\/12\/2025 : veuf ou veuve ;/);
    expect(decrirePeriode(extrairePeriodes([{ sitFam: "O", dateDebutPeriode: "2025-05-17" }])[0]!)).toBe(
      "À partir du 17/05/2025 : pacsé(e)s",
    );
  });
});

describe("scope de situation au 31/12 en cas de décès", () => {
  it("une commune peut l'inscrire parmi les scopes de son habilitation : il est demandé avec le scope d'année", () => {
    expect(estScopeDonneeDgfip(SCOPE_SITUATION_AU_3112_SI_DECES)).toBe(true);
    expect(estScopeDonneeDgfip("dgfip_annee_n_moins_1")).toBe(false);
    expect(scopesFranceConnectDgfip("n_moins_1", ["dgfip_rfr", SCOPE_SITUATION_AU_3112_SI_DECES])).toEqual([
      "dgfip_rfr",
      SCOPE_SITUATION_AU_3112_SI_DECES,
      "dgfip_annee_n_moins_1",
    ]);
  });
});
