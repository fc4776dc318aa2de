import "server-only";

import { decodeJwt } from "jose";
import type { AuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";

import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";
import { cookieSessionSecurise } from "./cookie";
import { parametresAutorisation } from "./domain/franceconnect";
import { ouvrirSessionOidc } from "./ouvrir-session-oidc";
import { lireUserinfoSignee } from "./userinfo";

type Profil = Record<string, unknown> & { sub: string };

/** A FranceConnect-v2-style OIDC provider (FranceConnect, or ProConnect for agents). */
function fournisseurOidc(p: {
  id: "franceconnect" | "proconnect";
  nom: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  acr?: string;
  /** Asked as an essential claim (`claims` parameter) instead of a minimum level. */
  acrEssentiels?: readonly string[];
}): OAuthConfig<Profil> {
  return {
    id: p.id,
    name: p.nom,
    type: "oauth",
    wellKnown: `${p.issuer}/.well-known/openid-configuration`,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    idToken: true,
    checks: ["state", "nonce"],
    authorization: { params: parametresAutorisation(p) },
    client: { id_token_signed_response_alg: "ES256", token_endpoint_auth_method: "client_secret_post" },
    userinfo: {
      async request({ tokens, client }) {
        // The ID token was verified by next-auth's OIDC client (signature, iss, aud, nonce) before this runs.
        const sub = String(decodeJwt(String(tokens.id_token)).sub);
        return lireUserinfoSignee({
          userinfoEndpoint: String(client.issuer.metadata.userinfo_endpoint),
          jwksUri: String(client.issuer.metadata.jwks_uri),
          issuer: String(client.issuer.metadata.issuer),
          clientId: p.clientId,
          accessToken: String(tokens.access_token),
          subAttendu: sub,
        });
      },
    },
    profile: (profil) => ({ id: profil.sub, ...profil }),
  };
}

function fournisseurs() {
  const e = env();
  const liste = [
    fournisseurOidc({
      id: "franceconnect",
      nom: "FranceConnect",
      issuer: e.FRANCECONNECT_ISSUER,
      clientId: e.FRANCECONNECT_CLIENT_ID,
      clientSecret: e.FRANCECONNECT_CLIENT_SECRET,
      scope: "openid identite_pivot preferred_username email",
      acr: "eidas1",
    }),
  ];
  if (e.PROCONNECT_ISSUER && e.PROCONNECT_CLIENT_ID && e.PROCONNECT_CLIENT_SECRET) {
    liste.push(
      fournisseurOidc({
        id: "proconnect",
        nom: "ProConnect",
        issuer: e.PROCONNECT_ISSUER,
        clientId: e.PROCONNECT_CLIENT_ID,
        clientSecret: e.PROCONNECT_CLIENT_SECRET,
        scope: "openid email given_name usual_name uid",
        acrEssentiels: e.PROCONNECT_ACR,
      }),
    );
  }
  return liste;
}

export function optionsAuth(): AuthOptions {
  const e = env();
  return {
    secret: e.AUTH_SECRET,
    providers: fournisseurs(),
    session: { strategy: "jwt", maxAge: e.SESSION_MAX_HOURS * 3600 },
    useSecureCookies: cookieSessionSecurise(),
    pages: { signIn: "/connexion", error: "/connexion", signOut: "/deconnexion" },
    callbacks: {
      // next-auth 4 types Account against openid-client 5 (we run 6): its token fields are read as plain values.
      async signIn({ account, profile }) {
        if (!account || (account.provider !== "franceconnect" && account.provider !== "proconnect")) return false;
        const r = await ouvrirSessionOidc(
          await db(),
          { inactiviteMinutes: e.SESSION_IDLE_MINUTES, dureeMaxHeures: e.SESSION_MAX_HOURS },
          {
            fournisseur: account.provider,
            idToken: (account as unknown as { id_token?: string }).id_token,
            profil: (profile ?? {}) as Record<string, unknown>,
            maintenant: new Date(),
            acrAcceptes: e.PROCONNECT_ACR,
          },
        );
        if ("erreur" in r) return `/connexion?error=${r.erreur}`;
        // Handed to the jwt callback through the account object of this same request.
        (account as unknown as Record<string, unknown>).sid = r.sid;
        return true;
      },
      async jwt({ token, account }) {
        // The browser's JWT carries only the session id: identity, role and validity live in the database.
        const sid = (account as unknown as Record<string, unknown> | null)?.sid;
        if (typeof sid === "string") {
          return { sid };
        }
        return token;
      },
      async redirect({ url, baseUrl }) {
        // Only ever back to the portal itself.
        if (url.startsWith("/")) return `${baseUrl}${url}`;
        return new URL(url).origin === baseUrl ? url : `${baseUrl}/espace`;
      },
    },
    logger: {
      error: (code, metadata) =>
        logger.warn({ code, erreur: metadata instanceof Error ? metadata.message : undefined }, "next-auth"),
      warn: (code) => logger.warn({ code }, "next-auth"),
      debug: () => {},
    },
  };
}
