// FranceConnect's checktoken, per CONTRACT-simulateurs.md: a data provider (DGFiP, API Particulier) learns who is
// behind a service provider's access token and which scopes were granted. The answer is a JWT signed ES256 with the
// provider's keys (`application/token-introspection+jwt`, draft-ietf-oauth-jwt-introspection-response).
// Differences with the real FranceConnect, on purpose (the contract fixes them): credentials in HTTP Basic (also
// accepted in the body, as FranceConnect takes them), no JWE encryption, identity nested under `identity`.
import type { IncomingMessage, ServerResponse } from "node:http";

import { importJWK, SignJWT } from "jose";
import type Provider from "oidc-provider";

import type { Population } from "../population/schema";
import type { ClesSimulateur } from "./cles";
import type { Clients, FournisseurDeDonneesEnregistre } from "./clients";
import { claimsIdentite, egalEnTempsConstant, subPairwise, trouverPersona } from "./comptes";
import { ACR_EIDAS1 } from "./fournisseur-oidc";
import { CorpsInvalide, envoyerJson, lireFormulaire } from "./http-outils";

export interface ParametresChecktoken {
  fournisseur: Provider;
  issuer: string;
  cles: ClesSimulateur;
  clients: Clients;
  population: Population;
}

function identifiantsBasic(entete: string | undefined): [string, string] | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(entete ?? "");
  if (!m?.[1]) return undefined;
  const decode = Buffer.from(m[1], "base64").toString("utf8");
  const i = decode.indexOf(":");
  if (i < 0) return undefined;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before being joined.
  try {
    return [decodeURIComponent(decode.slice(0, i)), decodeURIComponent(decode.slice(i + 1))];
  } catch {
    return undefined;
  }
}

function authentifierFournisseur(p: ParametresChecktoken, req: IncomingMessage, corps: URLSearchParams) {
  const basic = identifiantsBasic(req.headers.authorization);
  const [id, secret] = basic ?? [corps.get("client_id") ?? "", corps.get("client_secret") ?? ""];
  const fd = p.clients.fournisseursDeDonnees.find((f) => f.client_id === id);
  return fd && egalEnTempsConstant(fd.client_secret, secret) ? fd : undefined;
}

/** The token's introspection, or `{ active: false }` when it is unknown, expired, revoked or its session ended. */
async function introspecter(p: ParametresChecktoken, fd: FournisseurDeDonneesEnregistre, token: string) {
  const inactif = { active: false } as const;
  const at = await p.fournisseur.AccessToken.find(token).catch(() => undefined);
  if (!at?.accountId) return inactif;
  if (at.expiresWithSession && at.sessionUid && !(await p.fournisseur.Session.findByUid(at.sessionUid))) return inactif;
  const persona = trouverPersona(p.population, at.accountId);
  if (!persona) return inactif;
  // The identité pivot; e-mail is not part of it.
  const { email: _email, given_name_array: _prenoms, ...identity } = claimsIdentite(persona);
  // Like FranceConnect, a data provider only learns the granted scopes it serves.
  const scopes = (at.scope ?? "").split(" ").filter((s) => fd.scopes.includes(s));
  return {
    active: true,
    client_id: at.clientId,
    sub: subPairwise(fd.client_id, persona.id),
    scope: scopes.join(" "),
    acr: ACR_EIDAS1,
    iat: at.iat,
    exp: at.exp,
    identity,
  };
}

export async function traiterChecktoken(
  p: ParametresChecktoken,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== "POST")
    return envoyerJson(res, 405, { error: "invalid_request", error_description: "POST attendu" }, { Allow: "POST" });
  let corps: URLSearchParams;
  try {
    corps = await lireFormulaire(req);
  } catch (e) {
    if (!(e instanceof CorpsInvalide)) throw e;
    return envoyerJson(res, 400, {
      error: "invalid_request",
      error_description: "Required parameter missing or invalid.",
    });
  }
  const fd = authentifierFournisseur(p, req, corps);
  if (!fd) {
    const entetes = { "WWW-Authenticate": 'Basic realm="checktoken"' };
    return envoyerJson(
      res,
      401,
      { error: "invalid_client", error_description: "Client authentication failed." },
      entetes,
    );
  }
  const token = corps.get("token");
  if (!token)
    return envoyerJson(res, 400, {
      error: "invalid_request",
      error_description: "Required parameter missing or invalid.",
    });

  const [cle] = p.cles.signature;
  if (!cle) throw new Error("aucune clé de signature");
  const jwt = await new SignJWT({ token_introspection: await introspecter(p, fd, token) })
    .setProtectedHeader({ alg: "ES256", kid: cle.kid, typ: "token-introspection+jwt" })
    .setIssuer(p.issuer)
    .setAudience(fd.client_id)
    .setIssuedAt()
    .sign(await importJWK(cle, "ES256"));
  res.writeHead(200, { "Content-Type": "application/token-introspection+jwt", "Cache-Control": "no-store" });
  res.end(jwt);
}
