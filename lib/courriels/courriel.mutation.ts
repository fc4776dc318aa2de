import "server-only";

import type { Tx } from "@/lib/server/database";

/**
 * Queues an e-mail in the outbox (CourrielSortant). In demo mode the outbox page shows it; a deployment sends
 * the outbox through its mail relay. Takes a transaction, so that the message leaves with the change it announces.
 */
export async function envoyerCourriel(db: Tx, c: { destinataire: string; sujet: string; corps: string }) {
  await db.courrielSortant.create({ data: c });
}
