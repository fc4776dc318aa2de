// The TOTP secret at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from AUTH_SECRET, the only secret the
// portal already requires. A database dump alone then gives no second factor. Stored as v1.<iv>.<tag>.<data>
// (base64url), the version leaving room for another key later. Pure: the key is a parameter.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

export function cleDeChiffrementTotp(secretApplication: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secretApplication, "", "portail-famille/second-facteur/v1", 32));
}

export function chiffrerSecret(clair: string, cle: Buffer): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", cle, iv);
  const donnees = Buffer.concat([c.update(clair, "utf8"), c.final()]);
  return [VERSION, iv, c.getAuthTag(), donnees]
    .map((x) => (typeof x === "string" ? x : x.toString("base64url")))
    .join(".");
}

/** The secret, or null when it was not written under this key (AUTH_SECRET changed) or was altered. */
export function dechiffrerSecret(chiffre: string, cle: Buffer): string | null {
  const [version, iv, tag, donnees] = chiffre.split(".");
  if (version !== VERSION || !iv || !tag || !donnees) return null;
  try {
    const d = createDecipheriv("aes-256-gcm", cle, Buffer.from(iv, "base64url"));
    d.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([d.update(Buffer.from(donnees, "base64url")), d.final()]).toString("utf8");
  } catch {
    return null;
  }
}
