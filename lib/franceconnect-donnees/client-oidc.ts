import "server-only";

// The data authorization is a second OIDC flow with FranceConnect, separate from the sign-in (next-auth): its own
// client (openid-client), its own callback, and the next-auth session is left untouched. Its only purpose is an
// access token carrying the `dgfip_*` scopes, used at once (it lives 60 s) to call the DGFiP.
import * as oidc from "openid-client";

import { env } from "@/lib/server/env";

let configuration: Promise<oidc.Configuration> | undefined;

export function configurationFranceConnect(): Promise<oidc.Configuration> {
  configuration ??= (async () => {
    const e = env();
    const issuer = new URL(e.FRANCECONNECT_ISSUER);
    // The local simulator speaks plain HTTP on 127.0.0.1; the real FranceConnect is HTTPS only.
    const local = issuer.protocol === "http:" && ["127.0.0.1", "localhost"].includes(issuer.hostname);
    const c = await oidc.discovery(
      issuer,
      e.FRANCECONNECT_CLIENT_ID,
      // The second parent's identité pivot comes from userinfo, a JWT signed like the ID token.
      { id_token_signed_response_alg: "ES256", userinfo_signed_response_alg: "ES256" },
      oidc.ClientSecretPost(e.FRANCECONNECT_CLIENT_SECRET),
      local ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    // The ID token's signature is checked against FranceConnect's published keys (jwks_uri), as next-auth does for
    // the sign-in: openid-client 6 otherwise trusts the token endpoint's TLS alone, and the simulator is plain HTTP.
    oidc.enableNonRepudiationChecks(c);
    return c;
  })().catch((err) => {
    configuration = undefined;
    throw err;
  });
  return configuration;
}

export function urlRetourDonnees(): string {
  return new URL("/api/franceconnect/donnees/callback", env().PORTAIL_URL).toString();
}
