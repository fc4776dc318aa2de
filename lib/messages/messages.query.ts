import "server-only";

import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";

export async function messagesDuFoyer(db: Db, compteId: string, dossierId?: string) {
  return db.message.findMany({
    where: { foyer: foyerDuCompte(compteId), ...(dossierId ? { dossierId } : {}) },
    orderBy: { creeLe: "asc" },
    select: { id: true, corps: true, deLAgent: true, creeLe: true, luLe: true, dossierId: true },
  });
}
