import "server-only";

import { env } from "@/lib/server/env";
import { cleDeChiffrementTotp } from "./domain/chiffrement-secret";

let cle: Buffer | undefined;

/** The key TOTP secrets are encrypted with at rest, derived from AUTH_SECRET (see domain/chiffrement-secret.ts). */
export function cleTotp(): Buffer {
  cle ??= cleDeChiffrementTotp(env().AUTH_SECRET);
  return cle;
}
