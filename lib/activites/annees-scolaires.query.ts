import "server-only";
import type { Db } from "@/lib/server/database";

export async function listerAnneesScolaires(db: Db) {
  const annees = await db.anneeScolaire.findMany({
    select: { id: true, libelle: true, debut: true, fin: true, _count: { select: { activites: true } } },
    orderBy: { debut: "desc" },
  });
  return annees.map(({ _count, ...a }) => ({ ...a, activites: _count.activites }));
}
