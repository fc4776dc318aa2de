// A tiny stand-in for FranceConnect's `checktoken`, following CONTRACT-simulateurs.md exactly: POST
// {issuer}/checktoken (form `token=…`, HTTP Basic of a data provider) → 200 `application/token-introspection+jwt`,
// a JWT signed ES256 verifiable with {issuer}/jwks; unknown or expired token → `{ active: false }`; bad
// credentials → 401. Access tokens live 60 s. The real FranceConnect simulator replaces it at merge time.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { exportJWK, generateKeyPair, SignJWT } from "jose";

import { scopesFranceConnectDgfip } from "@/lib/fiscal/domain/scopes-franceconnect";
import type { Persona } from "@/simulators/population/schema";

export const FOURNISSEUR_DGFIP = { clientId: "dgfip-simulateur", clientSecret: "demo-secret-fd-dgfip-0000000000" };
export const FOURNISSEUR_API_PARTICULIER = {
  clientId: "api-particulier-simulateur",
  clientSecret: "demo-secret-fd-api-particulier-0",
};
/** Comme FranceConnect, chaque fournisseur de données ne voit que les scopes qu'il sert. */
const FOURNISSEURS = [
  { ...FOURNISSEUR_DGFIP, prefixe: "dgfip_" },
  { ...FOURNISSEUR_API_PARTICULIER, prefixe: "cnaf_" },
];

/** What the portal asks FranceConnect for with the demo policy (one scope per datum, plus the year). */
export const SCOPES_PORTAIL = ["openid", "identite_pivot", ...scopesFranceConnectDgfip("n_moins_1_sinon_n_moins_2")];

interface JetonEmis {
  persona: Persona;
  scopes: string[];
  expireA: number;
}

export interface DoubleFranceConnect {
  issuer: string;
  /** An access token for this persona, valid `dureeSecondes` (60 by default, like FranceConnect). */
  emettre(persona: Persona, options?: { scopes?: string[]; dureeSecondes?: number }): { jeton: string; expireLe: Date };
  /** Moves the double's clock forward (token expiry tests). */
  avancer(ms: number): void;
  appelsChecktoken(): number;
  fermer(): Promise<void>;
}

export async function demarrerDoubleFranceConnect(): Promise<DoubleFranceConnect> {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "double-fc-1", alg: "ES256", use: "sig" };
  const jetons = new Map<string, JetonEmis>();
  let decalage = 0;
  let appels = 0;
  const maintenant = () => Date.now() + decalage;
  let issuer = "";

  const serveur = createServer(async (req, res) => {
    const chemin = new URL(req.url ?? "/", "http://x").pathname;
    if (chemin === "/api/v2/jwks" && req.method === "GET") {
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    if (chemin !== "/api/v2/checktoken" || req.method !== "POST") {
      res.writeHead(404).end();
      return;
    }
    appels += 1;
    const fournisseur = FOURNISSEURS.find(
      (f) => req.headers.authorization === `Basic ${Buffer.from(`${f.clientId}:${f.clientSecret}`).toString("base64")}`,
    );
    if (!fournisseur) {
      res.writeHead(401, { "Content-Type": "application/json" }).end(JSON.stringify({ error: "invalid_client" }));
      return;
    }
    let corps = "";
    for await (const m of req) corps += m;
    const emis = jetons.get(new URLSearchParams(corps).get("token") ?? "");
    const t = Math.floor(maintenant() / 1000);
    const introspection =
      emis && emis.expireA > maintenant()
        ? {
            active: true,
            client_id: "portail-famille-demo",
            sub: `sub-${emis.persona.id}`,
            scope: emis.scopes.filter((x) => x.startsWith(fournisseur.prefixe)).join(" "),
            acr: "eidas1",
            iat: Math.floor((emis.expireA - 60_000) / 1000),
            exp: Math.floor(emis.expireA / 1000),
            identity: Object.fromEntries(
              Object.entries(emis.persona.identite).filter(([k]) =>
                [
                  "given_name",
                  "family_name",
                  "birthdate",
                  "gender",
                  "birthplace",
                  "birthcountry",
                  "preferred_username",
                ].includes(k),
              ),
            ),
          }
        : { active: false };
    const jwt = await new SignJWT({ token_introspection: introspection })
      .setProtectedHeader({ alg: "ES256", kid: jwk.kid, typ: "token-introspection+jwt" })
      .setIssuer(issuer)
      .setAudience(fournisseur.clientId)
      .setIssuedAt(t)
      .sign(privateKey);
    res.writeHead(200, { "Content-Type": "application/token-introspection+jwt" }).end(jwt);
  });
  await new Promise<void>((ok) => serveur.listen(0, "127.0.0.1", () => ok()));
  issuer = `http://127.0.0.1:${(serveur.address() as AddressInfo).port}/api/v2`;

  return {
    issuer,
    emettre(persona, options = {}) {
      const jeton = randomBytes(24).toString("base64url");
      const expireA = maintenant() + (options.dureeSecondes ?? 60) * 1000;
      jetons.set(jeton, { persona, scopes: options.scopes ?? SCOPES_PORTAIL, expireA });
      // The caller's clock (the portal's) is the real one: the expiry it sees ignores the double's offset.
      return { jeton, expireLe: new Date(expireA - decalage) };
    },
    avancer(ms) {
      decalage += ms;
    },
    appelsChecktoken: () => appels,
    fermer: () =>
      new Promise<void>((ok) => {
        serveur.closeAllConnections();
        serveur.close(() => ok());
      }),
  };
}
