import { describe, expect, it } from "vitest";

import { classerReponse, issueDe } from "./classement";

describe("classement d'une réponse de la DGFiP", () => {
  it.each([
    [200, null, { genre: "succes" }],
    [204, null, { genre: "echec", raison: "aucun_resultat", reessayable: false }],
    // 404: "no data" only with the DGFiP's error body (a code); otherwise a misconfigured URL (issue 15, point 11).
    [404, "4040", { genre: "echec", raison: "aucun_resultat", reessayable: false }],
    [404, null, { genre: "echec", raison: "configuration", reessayable: false }],
    [410, "4101", { genre: "echec", raison: "aucun_resultat", reessayable: false }],
    // A 410 the portal cannot read never falls back silently to another year (issue 15, point 10).
    [410, null, { genre: "echec", raison: "reponse_inconnue", reessayable: false }],
    [410, "4199", { genre: "echec", raison: "reponse_inconnue", reessayable: false }],
    [410, "4102", { genre: "echec", raison: "usager_inconnu", reessayable: false }],
    [410, "4103", { genre: "echec", raison: "situations_multiples", reessayable: false }],
    [400, "4001", { genre: "echec", raison: "requete_invalide", reessayable: false }],
    [406, "4060", { genre: "echec", raison: "requete_invalide", reessayable: false }],
    [401, "4011", { genre: "jeton_passerelle" }],
    [401, null, { genre: "jeton_passerelle" }],
    [401, "4012", { genre: "echec", raison: "jeton_franceconnect", reessayable: false }],
    [403, "4031", { genre: "echec", raison: "acces_refuse", reessayable: false }],
    [403, null, { genre: "echec", raison: "acces_refuse", reessayable: false }],
    [429, null, { genre: "echec", raison: "quota", reessayable: true }],
    [500, "5000", { genre: "echec", raison: "echec_amont", reessayable: true }],
    [502, null, { genre: "echec", raison: "echec_amont", reessayable: true }],
    [503, null, { genre: "echec", raison: "echec_amont", reessayable: true }],
    [504, null, { genre: "echec", raison: "echec_amont", reessayable: true }],
    [302, null, { genre: "echec", raison: "echec_amont", reessayable: false }],
    [409, null, { genre: "echec", raison: "echec_amont", reessayable: false }],
  ])("étant donné HTTP %i et le code %s, la réponse se classe %j", (statut, code, attendu) => {
    expect(classerReponse(statut, code)).toEqual(attendu);
  });

  it.each([
    [null, "succes"],
    ["aucun_resultat", "annee_indisponible"],
    ["usager_inconnu", "spi_inconnu"],
    ["situations_multiples", "situations_multiples"],
    ["jeton_franceconnect", "jeton_invalide"],
    ["echec_amont", "echec_amont"],
    ["configuration", "echec_amont"],
    ["reponse_inconnue", "echec_amont"],
  ] as const)("la raison %s s'inscrit au journal comme %s", (raison, issue) => {
    expect(issueDe(raison)).toBe(issue);
  });
});
