import "server-only";

import type { Db } from "@/lib/server/database";
import { delaiAvantNouvelEssaiMs, echecDefinitif } from "./domain/nouvel-essai";
import type { Expediteur } from "./transport-smtp";

/** Once sent, the body (which may hold a single-use link) is not kept. */
export const CORPS_EFFACE = "(contenu effacé après envoi)";

/** A claimed e-mail is left alone by other workers for this long (a crashed worker's claim then lapses). */
const BAIL_MS = 10 * 60_000;

/** Due: not sent, not given up, its backoff over, and its link (if any) still alive. */
const DU = (maintenant: Date) => ({
  envoyeLe: null,
  abandonneLe: null,
  prochaineTentativeLe: { lte: maintenant },
  OR: [{ lienExpireLe: null }, { lienExpireLe: { gt: maintenant } }],
});

export interface OptionsExpedition {
  maintenant?: Date;
  lot?: number;
  tentativesMax?: number;
}

/**
 * Drains the outbox: every e-mail due is claimed (a conditional update, so two workers never send the same one),
 * handed to the relay, then marked sent with its body erased; a failure is recorded and retried later with
 * backoff, until a final refusal (5xx) or `tentativesMax` attempts, when it is given up and shown to admins.
 */
export async function expedierCourriels(db: Db, expediteur: Expediteur, options: OptionsExpedition = {}) {
  const maintenant = options.maintenant ?? new Date();
  const tentativesMax = options.tentativesMax ?? 5;
  const dus = await db.courrielSortant.findMany({
    where: { ...DU(maintenant) },
    orderBy: { creeLe: "asc" },
    take: options.lot ?? 50,
    select: { id: true, destinataire: true, sujet: true, corps: true, tentatives: true },
  });
  const bilan = { envoyes: 0, reportes: 0, abandonnes: 0 };
  for (const c of dus) {
    const pris = await db.courrielSortant.updateMany({
      where: { id: c.id, ...DU(maintenant) },
      data: { prochaineTentativeLe: new Date(maintenant.getTime() + BAIL_MS), tentatives: { increment: 1 } },
    });
    if (pris.count === 0) continue;
    const tentatives = c.tentatives + 1;
    try {
      await expediteur.envoyer(c);
      await db.courrielSortant.update({
        where: { id: c.id },
        data: { envoyeLe: new Date(), corps: CORPS_EFFACE, derniereErreur: null },
      });
      bilan.envoyes++;
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      // The relay's reply, never the message: no address or link in what admins see.
      const erreur = code ? `SMTP ${code}` : ((err as { code?: string }).code ?? "échec de connexion");
      const abandon = echecDefinitif(code) || tentatives >= tentativesMax;
      await db.courrielSortant.update({
        where: { id: c.id },
        data: abandon
          ? { derniereErreur: erreur, abandonneLe: new Date(), corps: CORPS_EFFACE }
          : {
              derniereErreur: erreur,
              prochaineTentativeLe: new Date(maintenant.getTime() + delaiAvantNouvelEssaiMs(tentatives)),
            },
      });
      if (abandon) bilan.abandonnes++;
      else bilan.reportes++;
    }
  }
  return bilan;
}
