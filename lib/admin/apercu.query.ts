import "server-only";

import type { Db } from "@/lib/server/database";

/** Counts for the administration home (callers check the admin role). */
export async function apercuConfiguration(db: Db) {
  const [communes, ecoles, annees, activites, grillesPubliees, agents] = await Promise.all([
    db.commune.count(),
    db.ecole.count(),
    db.anneeScolaire.findMany({ orderBy: { debut: "desc" }, select: { libelle: true } }),
    db.activite.count({ where: { archiveeLe: null } }),
    db.versionGrille.count({ where: { statut: "publiee" } }),
    db.compte.count({ where: { role: { in: ["agent", "admin"] }, fermeLe: null } }),
  ]);
  return { communes, ecoles, annees: annees.map((a) => a.libelle), activites, grillesPubliees, agents };
}
