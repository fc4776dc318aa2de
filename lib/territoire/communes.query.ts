import "server-only";

import type { Db, Tx } from "@/lib/server/database";
import type { CommuneTerritoire } from "./domain/residence";

export async function listerCommunes(db: Db): Promise<(CommuneTerritoire & { ecoles: number })[]> {
  const communes = await db.commune.findMany({
    select: { codeInsee: true, nom: true, codesPostaux: true, _count: { select: { ecoles: true } } },
    orderBy: { nom: "asc" },
  });
  return communes.map(({ _count, ...c }) => ({ ...c, ecoles: _count.ecoles }));
}

export async function lireCommune(db: Db, codeInsee: string) {
  const c = await db.commune.findUnique({
    where: { codeInsee },
    select: { codeInsee: true, nom: true, codesPostaux: true, _count: { select: { ecoles: true } } },
  });
  return c ? { codeInsee: c.codeInsee, nom: c.nom, codesPostaux: c.codesPostaux, ecoles: c._count.ecoles } : null;
}

/** The territory as the residence matcher needs it. */
export async function communesDuTerritoire(db: Db | Tx): Promise<CommuneTerritoire[]> {
  return db.commune.findMany({
    select: { codeInsee: true, nom: true, codesPostaux: true },
    orderBy: { codeInsee: "asc" },
  });
}
