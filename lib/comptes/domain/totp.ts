// Second factor of local agent and admin accounts: TOTP (RFC 6238, 30 s steps, 6 digits, SHA-1 — what every
// authenticator app reads from a QR code) through otplib, and single-use recovery codes. Pure: time is a parameter.
import { createHash, randomInt } from "node:crypto";

import { generateSecret, generateSync, generateURI, verifySync } from "otplib";

export const PAS_SECONDES = 30;
/** One step either side: a phone a little early or late still signs in, nothing wider. */
const TOLERANCE_SECONDES = PAS_SECONDES;

export const nouveauSecretTotp = (): string => generateSecret();

/** The otpauth:// address the QR code carries. */
export function adresseOtpauth(p: { secret: string; emetteur: string; compte: string }): string {
  return generateURI({ issuer: p.emetteur, label: p.compte, secret: p.secret });
}

/** The code an authenticator shows at this instant (demo mode, tests). */
export function codeTotp(secret: string, maintenant: Date): string {
  return generateSync({ secret, epoch: Math.floor(maintenant.getTime() / 1000) });
}

export type VerificationTotp = { valide: true; pas: number } | { valide: false; raison: "faux" | "deja_utilise" };

/**
 * A typed code against the secret, ±1 step. A code whose step is not after the last one accepted for this account
 * (`dernierPas`) is refused: a code seen over a shoulder, or sent twice, does not open a second session.
 */
export function verifierCodeTotp(p: {
  secret: string;
  code: string;
  maintenant: Date;
  dernierPas: number | null;
}): VerificationTotp {
  const code = p.code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return { valide: false, raison: "faux" };
  const r = verifySync({
    secret: p.secret,
    token: code,
    epoch: Math.floor(p.maintenant.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDES,
  });
  // (otplib's result type also covers HOTP, which has no time step.)
  if (!r.valid || !("timeStep" in r)) return { valide: false, raison: "faux" };
  if (p.dernierPas !== null && r.timeStep <= p.dernierPas) return { valide: false, raison: "deja_utilise" };
  return { valide: true, pas: r.timeStep };
}

/** 10 codes per enrolment, shown once. */
const NOMBRE_CODES_SECOURS = 10;
// Crockford's base 32 without I, L, O, U: nothing to confuse when copied by hand. 16 characters = 80 bits.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function genererCodesSecours(n = NOMBRE_CODES_SECOURS): string[] {
  return Array.from({ length: n }, () => {
    const c = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return c.match(/.{4}/g)!.join("-");
  });
}

/** Spaces, dashes and case do not matter; the letters people confuse are read as the digits they stand for. */
export function normaliserCodeSecours(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/**
 * What is stored: a SHA-256 of the normalised code. 80 random bits make a slow hash needless (no dictionary to try),
 * and one sign-in checks a single digest instead of ten.
 */
export function empreinteCodeSecours(code: string): string {
  return createHash("sha256").update(normaliserCodeSecours(code)).digest("hex");
}

/** What the person typed in the single field of step 2: a 6-digit TOTP code, or else a recovery code. */
export function genreDeCode(code: string): "totp" | "secours" | "invalide" {
  const c = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(c)) return "totp";
  return normaliserCodeSecours(c).length === 16 ? "secours" : "invalide";
}
