import "server-only";

import type { Db } from "@/lib/server/database";
import { lireGrille, lireVersion } from "./grilles.query";

/** A version with its grid, for the admin pages; null when the version does not belong to that grid. */
export async function lireVersionDeGrille(db: Db, grilleId: string, versionId: string) {
  const [grille, version] = await Promise.all([lireGrille(db, grilleId), lireVersion(db, versionId)]);
  if (!grille || !version || version.grille.id !== grilleId) return null;
  return { grille, version, brouillon: grille.versions.find((v) => v.statut === "brouillon") ?? null };
}
