import "server-only";

import type { Db } from "@/lib/server/database";

/** Latest outgoing e-mails, for the demo outbox page (only shown when PORTAIL_DEMO is on). */
export async function dernierCourriels(db: Db, limite = 30) {
  return db.courrielSortant.findMany({
    orderBy: { creeLe: "desc" },
    take: limite,
    select: { id: true, destinataire: true, sujet: true, corps: true, creeLe: true },
  });
}
