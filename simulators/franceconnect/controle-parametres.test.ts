import { describe, expect, it } from "vitest";

import { controlerAutorisation, controlerDeconnexion } from "./controle-parametres";

const VALIDE = {
  client_id: "portail-famille-demo",
  response_type: "code",
  scope: "openid identite_pivot",
  redirect_uri: "http://localhost:3000/api/auth/callback/franceconnect",
  state: "etat",
  nonce: "n".repeat(22),
  acr_values: "eidas1",
};

function avec(changements: Record<string, string | null>): URLSearchParams {
  const p = new URLSearchParams(VALIDE);
  for (const [k, v] of Object.entries(changements)) {
    if (v === null) p.delete(k);
    else p.set(k, v);
  }
  return p;
}

describe("contrôle des paramètres d'autorisation, comme FranceConnect", () => {
  it.each([
    ["une demande complète", {}, []],
    ["un nonce de 22 caractères", { nonce: "x".repeat(22) }, []],
    ["prompt=login consent", { prompt: "login consent" }, []],
    ["claims, idp_hint et ui_locales", { claims: "{}", idp_hint: "x", ui_locales: "fr" }, []],
    [
      "un nonce de 21 caractères",
      { nonce: "x".repeat(21) },
      ["le paramètre « nonce » doit faire au moins 22 caractères (reçu : 21)"],
    ],
    ["sans nonce", { nonce: null }, ["le paramètre « nonce » est obligatoire"]],
    ["un nonce vide", { nonce: "" }, ["le paramètre « nonce » est obligatoire"]],
    ["sans state", { state: null }, ["le paramètre « state » est obligatoire"]],
    ["sans acr_values", { acr_values: null }, ["le paramètre « acr_values » est obligatoire"]],
    [
      "sans redirect_uri ni scope",
      { redirect_uri: null, scope: null },
      ["le paramètre « scope » est obligatoire", "le paramètre « redirect_uri » est obligatoire"],
    ],
    ["prompt=none", { prompt: "none" }, ["valeur de « prompt » non acceptée : none (seuls login et consent le sont)"]],
    [
      "PKCE",
      { code_challenge: "c", code_challenge_method: "S256" },
      ["paramètre(s) non accepté(s) par FranceConnect : code_challenge, code_challenge_method"],
    ],
    [
      "response_mode",
      { response_mode: "form_post" },
      ["paramètre(s) non accepté(s) par FranceConnect : response_mode"],
    ],
  ] as [string, Record<string, string | null>, string[]][])(
    "étant donné %s, les problèmes relevés sont ceux attendus",
    (_cas, changements, attendus) => {
      expect(controlerAutorisation(avec(changements))).toEqual(attendus);
    },
  );
});

describe("contrôle des paramètres de déconnexion", () => {
  it("exige id_token_hint", () => {
    expect(controlerDeconnexion(new URLSearchParams({ state: "x" }))).toEqual([
      "le paramètre « id_token_hint » est obligatoire",
    ]);
    expect(controlerDeconnexion(new URLSearchParams({ id_token_hint: "a.b.c" }))).toEqual([]);
  });
});
