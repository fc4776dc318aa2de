import "server-only";
import type { Db } from "@/lib/server/database";

export async function listerEcoles(db: Db) {
  const ecoles = await db.ecole.findMany({
    select: { id: true, nom: true, adresse: true, commune: { select: { codeInsee: true, nom: true } }, _count: { select: { activites: true, enfants: true } } },
    orderBy: { nom: "asc" },
  });
  return ecoles.map(({ _count, ...e }) => ({ ...e, activites: _count.activites, enfants: _count.enfants }));
}
