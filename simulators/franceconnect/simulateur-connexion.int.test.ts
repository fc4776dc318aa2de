import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import * as oidc from "openid-client";
import { describe, expect, it } from "vitest";

import { simulateurPartage } from "./cadre-de-test";
import { Navigateur } from "./navigateur-de-test";
import {
  AUTRE_SERVICE,
  configurerClient,
  demandeAutorisation,
  echangerCode,
  PORTAIL,
  seConnecter,
} from "./outils-de-test";

const t = simulateurPartage();

describe("simulateur FranceConnect : découverte et connexion", () => {
  it("publie une découverte conforme à FranceConnect v2", async () => {
    const r = await fetch(`${t.sim.url}/.well-known/openid-configuration`);
    expect(r.ok).toBe(true);
    const d = await r.json();
    expect(d.issuer).toBe(t.sim.url);
    expect(t.sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
    for (const [cle, chemin] of [
      ["authorization_endpoint", "/authorize"],
      ["token_endpoint", "/token"],
      ["userinfo_endpoint", "/userinfo"],
      ["jwks_uri", "/jwks"],
      ["end_session_endpoint", "/session/end"],
    ]) {
      expect(d[cle!], cle).toBe(`${t.sim.url}${chemin}`);
    }
    expect(d.acr_values_supported).toEqual(["eidas1"]);
    expect(d.subject_types_supported).toEqual(["pairwise"]);
    expect(d.id_token_signing_alg_values_supported).toEqual(["ES256"]);
    expect(d.userinfo_signing_alg_values_supported).toEqual(["ES256"]);
    expect(d.response_types_supported).toEqual(["code"]);
    expect(d.grant_types_supported).toEqual(["authorization_code"]);
    expect(d.token_endpoint_auth_methods_supported).toContain("client_secret_post");
    expect(d.token_endpoint_auth_methods_supported).not.toContain("client_secret_basic");
    expect(d.authorization_response_iss_parameter_supported).toBe(true);
    expect(d.scopes_supported).toEqual(
      expect.arrayContaining([
        "openid",
        "identite_pivot",
        "profile",
        "birth",
        "email",
        "dgfip_rfr",
        "cnaf_quotient_familial",
      ]),
    );
    const jwks = await (await fetch(d.jwks_uri)).json();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it("étant donné une personne choisie dans la liste, le code donne un ID token ES256 eidas1 et une identité signée", async () => {
    const demande = demandeAutorisation(t.config);
    const retour = await seConnecter(new Navigateur(), demande, { persona: "marianne-dupont" });
    const callback = new URL(retour.url);
    expect(callback.origin + callback.pathname).toBe(PORTAIL.redirection);
    expect(callback.searchParams.get("state")).toBe(demande.state);
    expect(callback.searchParams.get("iss")).toBe(t.sim.url);

    const jetons = await echangerCode(t.config, retour.url, demande);
    expect(decodeProtectedHeader(jetons.id_token!).alg).toBe("ES256");
    const claims = jetons.claims()!;
    expect(claims).toMatchObject({ iss: t.sim.url, aud: PORTAIL.id, acr: "eidas1", nonce: demande.nonce });
    expect(claims.sub).toMatch(/^[0-9a-f]{64}v1$/);
    // Scope claims are served at userinfo only.
    expect(claims.given_name).toBeUndefined();
    expect(jetons.expires_in).toBe(60);
    expect(jetons.refresh_token).toBeUndefined();

    const info = await oidc.fetchUserInfo(t.config, jetons.access_token, claims.sub);
    expect(info).toMatchObject({
      sub: claims.sub,
      given_name: "Marianne Claire",
      given_name_array: ["Marianne", "Claire"],
      family_name: "LEFEVRE",
      birthdate: "1986-03-14",
      gender: "female",
      birthplace: "59350",
      birthcountry: "99100",
      email: "marianne.dupont@exemple.test",
    });
    expect(info.preferred_username).toBeUndefined();

    const brut = await fetch(`${t.sim.url}/userinfo`, { headers: { authorization: `Bearer ${jetons.access_token}` } });
    expect(brut.headers.get("content-type")).toMatch(/^application\/jwt/);
    const jwks = createRemoteJWKSet(new URL(`${t.sim.url}/jwks`));
    const { payload, protectedHeader } = await jwtVerify(await brut.text(), jwks, {
      issuer: t.sim.url,
      audience: PORTAIL.id,
    });
    expect(protectedHeader.alg).toBe("ES256");
    expect(payload).toMatchObject({ sub: claims.sub, family_name: "LEFEVRE" });
  });

  it("étant donné l'adresse et le mot de passe d'une personne fictive, la connexion aboutit ; un mauvais mot de passe est refusé en français", async () => {
    const navigateur = new Navigateur();
    const demande = demandeAutorisation(t.config);
    const refus = await seConnecter(navigateur, demande, {
      identifiant: "sophie.martin@exemple.test",
      motDePasse: "mauvais",
    });
    expect(refus.reponse.status).toBe(400);
    expect(refus.corps).toContain("Adresse électronique ou mot de passe incorrect.");
    expect(refus.corps).toContain('aria-invalid="true"');

    const retour = await seConnecter(navigateur, demande, {
      identifiant: "Sophie.Martin@exemple.test",
      motDePasse: "Demo-Sophie-2026",
    });
    const jetons = await echangerCode(t.config, retour.url, demande);
    const info = await oidc.fetchUserInfo(t.config, jetons.access_token, jetons.claims()!.sub);
    expect(info.family_name).toBe("MARTIN");
  });

  it("donne à une même personne un sub stable par service et différent d'un service à l'autre", async () => {
    const autre = await configurerClient(t.sim.url, AUTRE_SERVICE);
    const subs: string[] = [];
    for (const [c, client] of [
      [t.config, PORTAIL],
      [autre, AUTRE_SERVICE],
      [t.config, PORTAIL],
    ] as const) {
      const demande = demandeAutorisation(c, client);
      const retour = await seConnecter(new Navigateur(), demande, { persona: "julien-bernard" });
      subs.push((await echangerCode(c, retour.url, demande)).claims()!.sub);
    }
    expect(subs[0]).toBe(subs[2]);
    expect(subs[1]).not.toBe(subs[0]);
  });

  it("renvoie à l'instant une seconde demande sur la session existante, mais affiche la connexion avec prompt=login (second parent)", async () => {
    const navigateur = new Navigateur();
    const premiere = demandeAutorisation(t.config);
    const retour1 = await seConnecter(navigateur, premiere, { persona: "julien-bernard" });
    const sub1 = (await echangerCode(t.config, retour1.url, premiere)).claims()!.sub;

    const sso = demandeAutorisation(t.config);
    const retourSso = await navigateur.suivre(sso.url, t.origine);
    expect(new URL(retourSso.url).origin + new URL(retourSso.url).pathname).toBe(PORTAIL.redirection);
    expect((await echangerCode(t.config, retourSso.url, sso)).claims()!.sub).toBe(sub1);

    const seconde = demandeAutorisation(t.config, PORTAIL, { prompt: "login" });
    const page = await navigateur.suivre(seconde.url, t.origine);
    expect(page.reponse.status).toBe(200);
    expect(page.corps).toContain("Choisir une personne fictive");
    const retour2 = await seConnecter(navigateur, seconde, { persona: "claire-petit" });
    const jetons2 = await echangerCode(t.config, retour2.url, seconde);
    expect(jetons2.claims()!.sub).not.toBe(sub1);
    expect((await oidc.fetchUserInfo(t.config, jetons2.access_token, jetons2.claims()!.sub)).family_name).toBe("PETIT");
  });

  it("renvoie access_denied avec state et iss quand la personne annule la connexion", async () => {
    const navigateur = new Navigateur();
    const demande = demandeAutorisation(t.config);
    const page = await navigateur.suivre(demande.url, new URL(t.sim.url).origin);
    const action = page.corps.match(/action="([^"]+\/annulation)"/)![1]!;
    const retour = await navigateur.suivre(new URL(action, page.url).href, new URL(t.sim.url).origin, {});
    const callback = new URL(retour.url);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("error_description")).toBe("User auth aborted");
    expect(callback.searchParams.get("state")).toBe(demande.state);
    expect(callback.searchParams.get("iss")).toBe(t.sim.url);
  });
});
