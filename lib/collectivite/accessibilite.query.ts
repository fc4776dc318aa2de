import "server-only";

import type { Db } from "@/lib/server/database";

/** The accessibility statement as the admin filled it; null until then. */
export async function lireDeclarationAccessibilite(db: Db) {
  return db.declarationAccessibilite.findUnique({
    where: { id: 1 },
    select: {
      etablieLe: true,
      auditRealisePar: true,
      auditLe: true,
      tauxConformite: true,
      nonConformites: true,
      derogations: true,
      horsObligation: true,
      contactCourriel: true,
      contactAutre: true,
      schemaPluriannuel: true,
      planActionAnnee: true,
    },
  });
}
