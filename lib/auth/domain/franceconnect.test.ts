import { describe, expect, it } from "vitest";

import {
  acrSuffisant,
  identiteDuCompte,
  identitePivot,
  messageErreurConnexion,
  parametresAutorisation,
} from "./franceconnect";

describe("niveau eIDAS exigé", () => {
  it.each([
    ["eidas1", true],
    ["eidas2", true],
    ["eidas3", true],
    ["eidas0", false],
    ["", false],
    [undefined, false],
    ["EIDAS1", false],
    [1, false],
  ])("acr %s → accepté : %s", (acr, attendu) => {
    expect(acrSuffisant(acr)).toBe(attendu);
  });

  it("peut exiger un niveau substantiel", () => {
    expect(acrSuffisant("eidas1", "eidas2")).toBe(false);
    expect(acrSuffisant("eidas2", "eidas2")).toBe(true);
  });
});

describe("identité pivot", () => {
  it("devient l'identité certifiée du compte, nom d'usage compris", () => {
    const i = identitePivot.parse({
      sub: "s",
      given_name: "Marianne Claire",
      family_name: "LEFEVRE",
      preferred_username: "DUPONT",
      birthdate: "1986-03-14",
      gender: "female",
      birthplace: "59350",
      birthcountry: "99100",
    });
    expect(identiteDuCompte(i)).toEqual({
      prenoms: "Marianne Claire",
      nomNaissance: "LEFEVRE",
      nomUsage: "DUPONT",
      dateNaissance: "1986-03-14",
      sexe: "female",
      lieuNaissance: "59350",
      paysNaissance: "99100",
      identiteCertifiee: true,
    });
  });

  it("refuse une identité sans date de naissance", () => {
    expect(identitePivot.safeParse({ sub: "s", given_name: "A", family_name: "B" }).success).toBe(false);
  });
});

describe("demande d'autorisation", () => {
  it("ProConnect demande un acr essentiel parmi les valeurs à second facteur, FranceConnect un niveau minimal", () => {
    const pc = parametresAutorisation({ scope: "openid email", acrEssentiels: ["eidas1-mfa", "eidas2"] });
    expect(pc).not.toHaveProperty("acr_values");
    expect(JSON.parse(pc.claims!)).toEqual({
      id_token: { acr: { essential: true, values: ["eidas1-mfa", "eidas2"] } },
    });
    expect(parametresAutorisation({ scope: "openid", acr: "eidas1" })).toEqual({
      scope: "openid",
      acr_values: "eidas1",
    });
  });
});

describe("erreurs de retour FranceConnect", () => {
  it("explique l'annulation et propose une autre voie", () => {
    expect(messageErreurConnexion("access_denied")).toMatch(/annulé.*compte du portail/);
  });
  it("ProConnect sans second facteur : dit à l'agent de se reconnecter avec une double authentification", () => {
    expect(messageErreurConnexion("second_facteur_requis")).toMatch(/ProConnect.*second facteur/);
  });
  it("donne un message générique pour un code inconnu, et rien sans code", () => {
    expect(messageErreurConnexion("xyz")).toMatch(/n'a pas abouti/);
    expect(messageErreurConnexion(undefined)).toBeNull();
  });
});
