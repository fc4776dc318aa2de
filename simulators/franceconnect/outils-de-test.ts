// Shared setup of the simulator's tests: an in-process simulator on port 0 with a temporary key folder, and a real
// OIDC client (openid-client 6) configured as a FranceConnect service provider should be.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import * as oidc from "openid-client";

import { CHEMIN_CLIENTS_PAR_DEFAUT } from "./configuration";
import { actionDuFormulaire, Navigateur, type Etape } from "./navigateur-de-test";
import { demarrerSimulateurFranceConnect, type OptionsSimulateurFranceConnect } from "./simulateur";

export interface ClientDeTest {
  id: string;
  secret: string;
  redirection: string;
}

export const PORTAIL: ClientDeTest = {
  id: "portail-famille-demo",
  secret: "demo-secret-client-franceconnect-0000",
  redirection: "http://localhost:3000/api/auth/callback/franceconnect",
};

/** A second service provider, authorised for identity scopes only (pairwise and invalid_scope tests). */
export const AUTRE_SERVICE: ClientDeTest = {
  id: "autre-service-demo",
  secret: "demo-secret-autre-service-00000",
  redirection: "http://localhost:3999/retour",
};

export const FD_DGFIP = { id: "dgfip-simulateur", secret: "demo-secret-fd-dgfip-0000000000" };

function clientsDeTest(): unknown {
  const fixture = JSON.parse(readFileSync(CHEMIN_CLIENTS_PAR_DEFAUT, "utf8"));
  fixture.fournisseursDeService.push({
    client_id: AUTRE_SERVICE.id,
    client_secret: AUTRE_SERVICE.secret,
    nom: "Autre service",
    redirect_uris: [AUTRE_SERVICE.redirection],
    post_logout_redirect_uris: [],
    scopes: ["openid", "identite_pivot", "email"],
  });
  return fixture;
}

export function dossierTemporaire(): string {
  return mkdtempSync(path.join(tmpdir(), "simulateur-fc-"));
}

export function demarrer(options: OptionsSimulateurFranceConnect = {}) {
  return demarrerSimulateurFranceConnect({
    port: 0,
    niveauLog: "silent",
    dossierDonnees: dossierTemporaire(),
    clients: clientsDeTest(),
    ...options,
  });
}

export async function configurerClient(issuer: string, client: ClientDeTest = PORTAIL): Promise<oidc.Configuration> {
  const metadonnees = { id_token_signed_response_alg: "ES256", userinfo_signed_response_alg: "ES256" };
  const config = await oidc.discovery(new URL(issuer), client.id, metadonnees, oidc.ClientSecretPost(client.secret), {
    execute: [oidc.allowInsecureRequests],
  });
  // Verifies the signatures of the ID token and of the userinfo JWT against the provider's JWKS.
  oidc.enableNonRepudiationChecks(config);
  return config;
}

export interface Demande {
  url: string;
  state: string;
  nonce: string;
}

export function demandeAutorisation(
  config: oidc.Configuration,
  client: ClientDeTest = PORTAIL,
  extra: Record<string, string> = {},
): Demande {
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: client.redirection,
    scope: "openid identite_pivot email",
    acr_values: "eidas1",
    state,
    nonce,
    ...extra,
  });
  return { url: url.href, state, nonce };
}

export type Connexion = { persona: string } | { identifiant: string; motDePasse: string };

/** From the authorization URL to the service provider's callback, through the login page. */
export async function seConnecter(navigateur: Navigateur, demande: Demande, qui: Connexion): Promise<Etape> {
  const origine = new URL(demande.url).origin;
  const page = await navigateur.suivre(demande.url, origine);
  if (page.reponse.status !== 200)
    throw new Error(`page de connexion attendue, reçu ${page.reponse.status} : ${page.corps.slice(0, 300)}`);
  const etape = "persona" in qui ? "/persona" : "/identifiant";
  return navigateur.suivre(actionDuFormulaire(page, etape), origine, { ...qui });
}

export async function echangerCode(config: oidc.Configuration, callback: string, demande: Demande) {
  return oidc.authorizationCodeGrant(config, new URL(callback), {
    expectedState: demande.state,
    expectedNonce: demande.nonce,
    idTokenExpected: true,
  });
}

export const attendre = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** POST {issuer}/checktoken as a data provider (HTTP Basic, per the contract). */
export function checktoken(
  issuer: string,
  token: string,
  fd: { id: string; secret: string } = FD_DGFIP,
): Promise<Response> {
  return fetch(`${issuer}/checktoken`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${fd.id}:${fd.secret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ token }),
  });
}

/** The payload of a checktoken answer, verified against the simulator's JWKS. */
export async function introspection(reponse: Response, issuer?: string, audience = FD_DGFIP.id) {
  const jwt = await reponse.text();
  if (!issuer) return decodeJwt(jwt);
  const { payload, protectedHeader } = await jwtVerify(jwt, createRemoteJWKSet(new URL(`${issuer}/jwks`)), {
    issuer,
    audience,
  });
  return { ...payload, entete: protectedHeader };
}
