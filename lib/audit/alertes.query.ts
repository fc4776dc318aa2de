import "server-only";

import type { Db } from "@/lib/server/database";
import type { CodeAlerte } from "./alertes.mutation";

const FENETRE_JOURS = 30;

export interface AlerteAdministrateurs {
  code: CodeAlerte;
  detail: string;
  le: Date;
}

/** The alerts of the last 30 days, most recent first. */
export async function alertesAdministrateurs(db: Db, maintenant: Date): Promise<AlerteAdministrateurs[]> {
  const lignes = await db.journalAudit.findMany({
    where: {
      action: { startsWith: "alerte." },
      creeLe: { gte: new Date(maintenant.getTime() - FENETRE_JOURS * 86_400_000) },
    },
    orderBy: { creeLe: "desc" },
    take: 50,
    select: { action: true, details: true, creeLe: true },
  });
  return lignes.map((l) => ({
    code: l.action.slice("alerte.".length) as CodeAlerte,
    detail: String((l.details as { detail?: unknown } | null)?.detail ?? ""),
    le: l.creeLe,
  }));
}
