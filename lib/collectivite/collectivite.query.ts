import "server-only";

import type { Db } from "@/lib/server/database";

export async function lireCollectivite(db: Db) {
  return db.collectivite.findUnique({
    where: { id: 1 },
    select: {
      nom: true,
      siret: true,
      politiqueAnneeFiscale: true,
      conservationFiscaleJours: true,
      quotaDgfipParMinute: true,
      scopesFranceConnect: true,
      horsTerritoire: true,
      logoChemin: true,
      couleurPrimaire: true,
    },
  });
}
