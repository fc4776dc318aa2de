import "server-only";

import type { Db, Tx } from "@/lib/server/database";
import { formesDuNom, NOM_A_CONFIGURER, type FormesDuNom } from "./domain/nom";

export async function lireCollectivite(db: Db) {
  return db.collectivite.findUnique({
    where: { id: 1 },
    select: {
      nom: true,
      article: true,
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

/** The collectivité's name in the forms sentences need (« de la… », « au… »); a portal not yet configured says « la collectivité ». */
export async function lireNomCollectivite(db: Db | Tx): Promise<FormesDuNom> {
  const c = await db.collectivite.findUnique({ where: { id: 1 }, select: { nom: true, article: true } });
  return formesDuNom(c ?? NOM_A_CONFIGURER);
}
