import "server-only";

// Rejection: the dossier closes with its reason, the enrolments still pending (awaiting a decision or on the
// waiting list) are refused and the places they held are given back to their activity. Each place is freed by a
// conditional update on the enrolment (placeReservee true → false), so a place is never given back twice, even if
// the family cancels the same enrolment at that very moment.
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import { promouvoirListeAttente } from "@/lib/inscriptions/liste-attente.mutation";
import type { Db } from "@/lib/server/database";
import { cibleDossier, prendreLaMain } from "./garde-dossier.mutation";
import { deciderDesReponsesAVerifier } from "./reponses-a-verifier.mutation";

export interface BilanRejet {
  inscriptionsRefusees: number;
  placesLiberees: number;
  /** Waiting families that took a freed place. */
  promues: number;
}

export async function rejeterDossier(
  db: Db,
  acteur: Acteur,
  r: { dossierId: string; motif: string },
  maintenant = new Date(),
): Promise<BilanRejet> {
  return db.$transaction(async (tx) => {
    await prendreLaMain(tx, r.dossierId, acteur.id);
    const d = await tx.dossier.findUniqueOrThrow({
      where: { id: r.dossierId },
      select: { demandeId: true, foyerId: true },
    });
    await deciderDesReponsesAVerifier(tx, d.foyerId, "rejet");
    let placesLiberees = 0;
    let inscriptionsRefusees = 0;
    let promues = 0;
    if (d.demandeId) {
      const pendantes = { demandeId: d.demandeId, statut: { in: ["en_attente" as const, "liste_attente" as const] } };
      const avecPlace = await tx.inscription.findMany({
        where: { ...pendantes, placeReservee: true },
        select: { id: true, activiteId: true },
      });
      for (const i of avecPlace) {
        const { count } = await tx.inscription.updateMany({
          where: { id: i.id, placeReservee: true },
          data: { placeReservee: false, statut: "refusee", rangListeAttente: null },
        });
        if (count !== 1) continue;
        await tx.activite.updateMany({
          where: { id: i.activiteId, placesReservees: { gt: 0 } },
          data: { placesReservees: { decrement: 1 } },
        });
        placesLiberees += 1;
        inscriptionsRefusees += 1;
      }
      const { count } = await tx.inscription.updateMany({
        where: pendantes,
        data: { statut: "refusee", rangListeAttente: null },
      });
      inscriptionsRefusees += count;
      await tx.demande.update({ where: { id: d.demandeId }, data: { statut: "refusee" } });
      // The places given back go to the families waiting for them.
      for (const activiteId of new Set(avecPlace.map((i) => i.activiteId)))
        promues += (await promouvoirListeAttente(tx, activiteId)).length;
    }
    await tx.dossier.update({
      where: { id: r.dossierId },
      data: { statut: "rejete", closLe: maintenant, attenduFamille: null },
    });
    await tx.decision.create({
      data: { dossierId: r.dossierId, agentId: acteur.id, type: "rejet", motif: r.motif, creeLe: maintenant },
    });
    await journaliser(tx, acteur, "dossier.rejeter", cibleDossier(r.dossierId), {
      inscriptionsRefusees,
      placesLiberees,
      promues,
    });
    return { inscriptionsRefusees, placesLiberees, promues };
  });
}
