import "server-only";

import type { Db } from "@/lib/server/database";

export async function listerAnneesScolaires(db: Db) {
  const annees = await db.anneeScolaire.findMany({
    select: { id: true, libelle: true, debut: true, fin: true, _count: { select: { activites: true } } },
    orderBy: { debut: "desc" },
  });
  return annees.map(({ _count, ...a }) => ({ ...a, activites: _count.activites }));
}

export async function lireAnneeScolaire(db: Db, id: string) {
  const a = await db.anneeScolaire.findUnique({
    where: { id },
    select: { id: true, libelle: true, debut: true, fin: true, _count: { select: { activites: true } } },
  });
  return a ? { id: a.id, libelle: a.libelle, debut: a.debut, fin: a.fin, activites: a._count.activites } : null;
}
