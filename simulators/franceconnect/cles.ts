// Persistent state of the simulator: the ES256 signing key (so that ID tokens, userinfo and checktoken answers stay
// verifiable across restarts, as a portal caches the JWKS) and the cookie signing keys. Created on first start.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { z } from "zod";

const jwkPrivee = z
  .object({
    kty: z.literal("EC"),
    crv: z.literal("P-256"),
    x: z.string(),
    y: z.string(),
    d: z.string(),
    kid: z.string(),
  })
  .loose();

const fichierCles = z.object({
  version: z.literal(1),
  signature: z.array(jwkPrivee).min(1),
  cookies: z.array(z.string().min(32)).min(1),
});

export interface ClesSimulateur {
  /** Private JWKs (ES256), the first one signs. */
  signature: (JWK & { kid: string })[];
  cookies: string[];
}

export const NOM_FICHIER_CLES = "cles.json";

async function genererCles(): Promise<ClesSimulateur> {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return {
    signature: [{ ...jwk, kid, alg: "ES256", use: "sig" }],
    cookies: [randomBytes(32).toString("base64url")],
  };
}

/** Loads the keys from `dossier`, or creates and saves them (file mode 0600: it holds private keys). */
export async function chargerOuCreerCles(dossier: string): Promise<ClesSimulateur> {
  const chemin = path.join(dossier, NOM_FICHIER_CLES);
  let contenu: string | undefined;
  try {
    contenu = readFileSync(chemin, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  if (contenu !== undefined) {
    const r = fichierCles.safeParse(JSON.parse(contenu));
    if (!r.success)
      throw new Error(
        `Fichier de clés du simulateur FranceConnect illisible : ${chemin} (supprimez-le pour en générer un nouveau)`,
      );
    return { signature: r.data.signature as ClesSimulateur["signature"], cookies: r.data.cookies };
  }
  const cles = await genererCles();
  mkdirSync(dossier, { recursive: true });
  // Written then renamed: two simulators starting at once never read a half-written file.
  const temporaire = `${chemin}.${process.pid}.tmp`;
  writeFileSync(temporaire, JSON.stringify({ version: 1, ...cles }, null, 2), { mode: 0o600 });
  renameSync(temporaire, chemin);
  return cles;
}
