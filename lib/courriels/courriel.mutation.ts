import "server-only";

import type { Db } from "@/lib/server/database";

/**
 * Queues an e-mail in the outbox (CourrielSortant). In demo mode the outbox page shows it; a deployment sends
 * the outbox through its mail relay.
 */
export async function envoyerCourriel(db: Db, c: { destinataire: string; sujet: string; corps: string }) {
  await db.courrielSortant.create({ data: c });
}
