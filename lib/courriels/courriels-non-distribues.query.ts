import "server-only";

import type { Db } from "@/lib/server/database";

/**
 * E-mails the relay has not taken: given up (refused for good, too many attempts) or waiting for another attempt
 * after a failure. For the admin page: status and the relay's reply only, never the recipient nor the body.
 */
export async function courrielsNonDistribues(db: Db, limite = 200) {
  return db.courrielSortant.findMany({
    where: { envoyeLe: null, OR: [{ abandonneLe: { not: null } }, { derniereErreur: { not: null } }] },
    orderBy: { creeLe: "desc" },
    take: limite,
    select: {
      id: true,
      sujet: true,
      creeLe: true,
      tentatives: true,
      derniereErreur: true,
      abandonneLe: true,
      prochaineTentativeLe: true,
    },
  });
}
