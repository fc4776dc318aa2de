import "server-only";

import type { Db } from "@/lib/server/database";

export async function listerEcoles(db: Db) {
  const ecoles = await db.ecole.findMany({
    select: {
      id: true,
      nom: true,
      adresse: true,
      commune: { select: { codeInsee: true, nom: true } },
      _count: { select: { activites: true, enfants: true } },
    },
    orderBy: { nom: "asc" },
  });
  return ecoles.map(({ _count, ...e }) => ({ ...e, activites: _count.activites, enfants: _count.enfants }));
}

export async function lireEcole(db: Db, id: string) {
  const e = await db.ecole.findUnique({
    where: { id },
    select: {
      id: true,
      nom: true,
      adresse: true,
      communeCodeInsee: true,
      _count: { select: { activites: true, enfants: true } },
    },
  });
  if (!e) return null;
  const { _count, ...ecole } = e;
  return { ...ecole, activites: _count.activites, enfants: _count.enfants };
}
