import "server-only";

import type { StatutInscription } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/database";

export interface Promotion {
  inscriptionId: string;
  statut: StatutInscription;
}

/**
 * A place became free in this activity: the oldest enrolments on its waiting list take the free places, first come
 * first served. Each is reserved with the same conditional UPDATE as a submission (never beyond capacity, even with
 * several instances), and becomes validated when its request was, or awaits the agent otherwise.
 */
export async function promouvoirListeAttente(tx: Tx, activiteId: string): Promise<Promotion[]> {
  const promues: Promotion[] = [];
  for (;;) {
    // SKIP LOCKED: two transactions freeing places at once promote different families.
    const [suivante] = await tx.$queryRaw<{ id: string; statut_demande: string | null }[]>`
      SELECT i."id", d."statut"::text AS statut_demande
      FROM "inscription" i LEFT JOIN "demande" d ON d."id" = i."demande_id"
      WHERE i."activite_id" = ${activiteId}::uuid AND i."statut" = 'liste_attente'
      ORDER BY i."cree_le", i."id"
      LIMIT 1 FOR UPDATE OF i SKIP LOCKED`;
    if (!suivante) return promues;
    const reservee =
      (await tx.$executeRaw`UPDATE "activite" SET "places_reservees" = "places_reservees" + 1 WHERE "id" = ${activiteId}::uuid AND "places_reservees" < "capacite"`) ===
      1;
    if (!reservee) return promues;
    const statut: StatutInscription = suivante.statut_demande === "validee" ? "validee" : "en_attente";
    await tx.inscription.update({
      where: { id: suivante.id },
      data: { statut, placeReservee: true, rangListeAttente: null },
    });
    promues.push({ inscriptionId: suivante.id, statut });
  }
}
