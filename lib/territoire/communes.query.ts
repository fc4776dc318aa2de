import "server-only";
import type { Db } from "@/lib/server/database";
import type { CommuneTerritoire } from "./domain/residence";

export async function listerCommunes(db: Db): Promise<(CommuneTerritoire & { ecoles: number })[]> {
  const communes = await db.commune.findMany({
    select: { codeInsee: true, nom: true, codesPostaux: true, _count: { select: { ecoles: true } } },
    orderBy: { nom: "asc" },
  });
  return communes.map(({ _count, ...c }) => ({ ...c, ecoles: _count.ecoles }));
}

/** The territory as the residence matcher needs it. */
export async function communesDuTerritoire(db: Db): Promise<CommuneTerritoire[]> {
  return db.commune.findMany({ select: { codeInsee: true, nom: true, codesPostaux: true }, orderBy: { codeInsee: "asc" } });
}
