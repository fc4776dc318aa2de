import "server-only";

// The preview calculator on a stored version (draft or published): a simulated family (quotient, or revenue and parts, or QF CAF) + situation → price + explanation.
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { apercuTarif } from "./domain/apercu";
import { lireVersion } from "./grilles.query";
import { apercuSaisie } from "./schemas";

export async function apercuVersion(db: Db, versionId: string, saisie: unknown) {
  const s = apercuSaisie.parse(saisie);
  const v = await lireVersion(db, versionId);
  if (!v) throw new ErreurMetier("version_introuvable", "Cette version n'existe plus");
  return apercuTarif(v.definition, s);
}
