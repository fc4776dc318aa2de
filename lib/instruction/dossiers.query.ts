import "server-only";
import type { Db } from "@/lib/server/database";
import type { StatutDossier } from "@/lib/generated/prisma/client";

const OUVERTS: StatutDossier[] = ["a_traiter", "en_cours", "attente_famille"];

/** The agents' queue: open dossiers, oldest first (callers check the agent/admin role). */
export async function listerDossiersOuverts(db: Db, limite = 50) {
  const [dossiers, total] = await Promise.all([
    db.dossier.findMany({
      where: { statut: { in: OUVERTS } },
      orderBy: { creeLe: "asc" },
      take: limite,
      select: {
        id: true,
        statut: true,
        raisons: true,
        creeLe: true,
        agent: { select: { prenoms: true, nomUsage: true } },
        foyer: { select: { responsables: { where: { rang: 1 }, select: { prenoms: true, nom: true } } } },
      },
    }),
    db.dossier.count({ where: { statut: { in: OUVERTS } } }),
  ]);
  return { dossiers, total };
}
