import { describe, expect, it } from "vitest";

import { extraireDonneesFiscales } from "./donnees-fiscales";
import { qualifierEchec } from "./raisons";
import { scopesFranceConnectDgfip } from "./scopes-franceconnect";

describe("données fiscales conservées", () => {
  it("garde le strict nécessaire d'une situation, adresse structurée et déclarants compris", () => {
    const d = extraireDonneesFiscales({
      rfr: 19800,
      revImposable: 18900,
      nbPart: 2,
      sitFam: "C",
      pac: { nbPac: 1 },
      sitParIso: "T",
      aft: "4 ALLEE DES SAULES 00100 BELLECOMBE SUR LYS",
      aftDetail: {
        complementAdresse: "APPARTEMENT 12",
        voie: "4 ALLEE DES SAULES",
        getcommune: "BELLECOMBE SUR LYS",
        getcodePostal: "00100",
      },
      nmNaiDec1: "MARTIN",
      prnmDec1: "Sophie",
      dateNaisDec1: { jour: "21", mois: "07", annee: "1990" },
    });
    expect(d).toEqual({
      rfr: 19800,
      revenuImposable: 18900,
      nbParts: 2,
      situationFamille: "C",
      nbPersonnesCharge: 1,
      parentIsole: true,
      adresseFiscale: "4 ALLEE DES SAULES 00100 BELLECOMBE SUR LYS",
      adresse: {
        voie: "4 ALLEE DES SAULES",
        complement: "APPARTEMENT 12",
        codePostal: "00100",
        commune: "BELLECOMBE SUR LYS",
      },
      declarants: [{ rang: 1, nomNaissance: "MARTIN", nomUsage: null, prenoms: "Sophie", dateNaissance: "1990-07-21" }],
    });
  });

  it("un RFR nul reste 0 (pas « inconnu ») ; un champ absent reste inconnu", () => {
    const d = extraireDonneesFiscales({ rfr: 0, nbPart: 1.5 });
    expect([d.rfr, d.revenuImposable, d.nbPersonnesCharge, d.parentIsole, d.declarants]).toEqual([
      0,
      null,
      null,
      false,
      [],
    ]);
  });
});

describe("qualification d'un échec pour le back-office", () => {
  it.each([
    ["aucun_resultat", "spi", ["annee_indisponible"], "agent"],
    ["usager_inconnu", "spi", ["spi_inconnu"], "agent"],
    ["usager_inconnu", "franceconnect", ["non_declarant"], "agent"],
    ["situations_multiples", "franceconnect", ["situations_multiples"], "agent"],
    ["acces_refuse", "spi", ["habilitation_refusee"], "agent"],
    ["jeton_franceconnect", "franceconnect", ["autorisation_a_renouveler"], "nouvelle_autorisation"],
    ["requete_invalide", "spi", ["echec_api"], "agent"],
    ["echec_amont", "spi", ["echec_api"], "job"],
    ["quota", "spi", ["echec_api"], "job"],
    ["echec_amont", "franceconnect", ["echec_api", "autorisation_a_renouveler"], "nouvelle_autorisation"],
  ] as const)("étant donné %s en mode %s : raisons %j, reprise %s", (raison, mode, raisons, reprise) => {
    expect(qualifierEchec(raison, mode)).toEqual({ raisons, reprise });
  });
});

describe("scopes FranceConnect demandés", () => {
  it("une donnée par scope, l'année selon la politique, jamais de revenu imposable", () => {
    expect(scopesFranceConnectDgfip("n_moins_1_sinon_n_moins_2")).toContain(
      "dgfip_annee_n_moins_2_si_indispo_n_moins_1",
    );
    expect(scopesFranceConnectDgfip("n_moins_2").filter((s) => s.startsWith("dgfip_annee"))).toEqual([
      "dgfip_annee_n_moins_2",
    ]);
    expect(scopesFranceConnectDgfip("n_moins_1")).toContain("dgfip_rfr");
  });
});
