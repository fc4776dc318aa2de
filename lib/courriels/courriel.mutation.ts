import "server-only";

import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import type { Tx } from "@/lib/server/database";
import { rendreCourriel, type NomModele } from "./domain/modeles";

/**
 * Queues an e-mail in the outbox (CourrielSortant), its body rendered from one of the portal's templates (a link and
 * nothing personal). In demo mode the outbox page shows it; a deployment sends it through its mail relay (the
 * `envoyer-courriels` job). A single-use link's expiry goes with it (`lienExpireLe`): an e-mail is not sent once its
 * link is dead, and the purge erases it. Takes a transaction, so that the message leaves with the change it announces.
 */
export async function envoyerCourriel(
  db: Tx,
  c: { destinataire: string; modele: NomModele; lien: URL; lienExpireLe?: Date },
) {
  const collectivite = await lireNomCollectivite(db);
  const { sujet, texte } = rendreCourriel(c.modele, { lien: c.lien, collectivite });
  await db.courrielSortant.create({
    data: { destinataire: c.destinataire, sujet, corps: texte, lienExpireLe: c.lienExpireLe },
  });
}
