// FranceConnect v2 returns userinfo as a signed JWT (application/jwt). It is verified against the provider's JWKS
// (signature, issuer, audience) — never just decoded — and its `sub` must be the ID token's.
import { createRemoteJWKSet, jwtVerify } from "jose";

const jeuxDeCles = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function cles(jwksUri: string) {
  let c = jeuxDeCles.get(jwksUri);
  if (!c) {
    c = createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
    jeuxDeCles.set(jwksUri, c);
  }
  return c;
}

class UserinfoInvalide extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`userinfo FranceConnect refusé : ${message}`, options);
    this.name = "UserinfoInvalide";
  }
}

export async function lireUserinfoSignee(p: {
  userinfoEndpoint: string;
  jwksUri: string;
  issuer: string;
  clientId: string;
  accessToken: string;
  subAttendu: string;
  algorithmes?: string[];
}): Promise<Record<string, unknown>> {
  const r = await fetch(p.userinfoEndpoint, {
    headers: { Authorization: `Bearer ${p.accessToken}`, Accept: "application/jwt" },
    signal: AbortSignal.timeout(10_000),
  });
  if (!r.ok) throw new UserinfoInvalide(`HTTP ${r.status}`);
  const type = r.headers.get("content-type") ?? "";
  if (!type.startsWith("application/jwt")) throw new UserinfoInvalide(`type de contenu inattendu (${type})`);
  const jwt = (await r.text()).trim();
  try {
    const { payload } = await jwtVerify(jwt, cles(p.jwksUri), {
      issuer: p.issuer,
      audience: p.clientId,
      algorithms: p.algorithmes ?? ["ES256", "RS256"],
    });
    if (payload.sub !== p.subAttendu) throw new UserinfoInvalide("sub différent de celui de l'ID token");
    return payload;
  } catch (e) {
    if (e instanceof UserinfoInvalide) throw e;
    throw new UserinfoInvalide(e instanceof Error ? e.message : "signature invalide", { cause: e });
  }
}
