import "server-only";

import type { Db } from "@/lib/server/database";
import { LIEN_EXPIRE } from "./domain/statut-envoi";
import { CORPS_EFFACE } from "./expedition.mutation";

/** Sent and given-up e-mails (their bodies already erased) are kept this long for admins, then deleted. */
const CONSERVATION_JOURS = 30;

/**
 * The outbox's retention. An e-mail not sent by the time its link expires is given up and its body erased (the link
 * is not kept in clear, demo mode included); sent and given-up ones go after 30 days. Idempotent: a second run
 * finds nothing more to do.
 */
export async function purgerCourriels(db: Db, maintenant: Date) {
  const { count: liensEffaces } = await db.courrielSortant.updateMany({
    where: { envoyeLe: null, abandonneLe: null, lienExpireLe: { lte: maintenant } },
    data: { abandonneLe: maintenant, corps: CORPS_EFFACE, derniereErreur: LIEN_EXPIRE },
  });
  const avant = new Date(maintenant.getTime() - CONSERVATION_JOURS * 24 * 3600_000);
  const { count: supprimes } = await db.courrielSortant.deleteMany({
    where: { OR: [{ envoyeLe: { lte: avant } }, { abandonneLe: { lte: avant } }] },
  });
  return { liensEffaces, supprimes };
}
