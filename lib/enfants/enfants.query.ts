import "server-only";

import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";

export async function listerMesEnfants(db: Db, compteId: string) {
  return db.enfant.findMany({
    where: { retireLe: null, foyer: foyerDuCompte(compteId) },
    orderBy: { dateNaissance: "asc" },
    select: {
      id: true,
      prenom: true,
      nom: true,
      dateNaissance: true,
      niveau: true,
      pai: true,
      ecole: { select: { id: true, nom: true } },
    },
  });
}

/** How many children the signed-in family has on its list. */
export async function compterMesEnfants(db: Db, compteId: string): Promise<number> {
  return db.enfant.count({ where: { retireLe: null, foyer: foyerDuCompte(compteId) } });
}

export async function lireMonEnfant(db: Db, compteId: string, enfantId: string) {
  return db.enfant.findFirst({
    where: { id: enfantId, retireLe: null, foyer: foyerDuCompte(compteId) },
    select: { id: true, prenom: true, nom: true, dateNaissance: true, niveau: true, pai: true, ecoleId: true },
  });
}

export async function listerEcoles(db: Db) {
  return db.ecole.findMany({
    orderBy: { nom: "asc" },
    select: { id: true, nom: true, commune: { select: { nom: true } } },
  });
}
