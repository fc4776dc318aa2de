import "server-only";
import type { Db } from "@/lib/server/database";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";

export async function messagesDuFoyer(db: Db, compteId: string, dossierId?: string) {
  return db.message.findMany({
    where: { foyer: foyerDuCompte(compteId), ...(dossierId ? { dossierId } : {}) },
    orderBy: { creeLe: "asc" },
    select: { id: true, corps: true, deLAgent: true, creeLe: true, luLe: true, dossierId: true },
  });
}
