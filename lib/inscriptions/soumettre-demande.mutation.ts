import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import { rattacherDocumentsAuDossier } from "@/lib/documents/rattacher.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { StatutInscription } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { tarifierDemande } from "./tarifer-demande";

export interface ResultatSoumission {
  demandeId: string;
  /** This call did nothing: the request had already been submitted (double click, refresh, retry). */
  dejaSoumise: boolean;
  statut: "validee" | "a_instruire";
  inscriptions: { id: string; statut: StatutInscription }[];
  dossierId: string | null;
}

async function etatActuel(db: Db, demandeId: string): Promise<ResultatSoumission> {
  const d = await db.demande.findUniqueOrThrow({
    where: { id: demandeId },
    select: {
      statut: true,
      inscriptions: { select: { id: true, statut: true } },
      dossiers: { select: { id: true }, take: 1, orderBy: { creeLe: "desc" } },
    },
  });
  return {
    demandeId,
    dejaSoumise: true,
    statut: d.statut === "validee" ? "validee" : "a_instruire",
    inscriptions: d.inscriptions,
    dossierId: d.dossiers[0]?.id ?? null,
  };
}

/**
 * Submits a family's request, once. In one transaction: claim the draft (only the first submission passes),
 * price every enrolment, reserve places atomically (an UPDATE that only succeeds while places remain, so
 * concurrent families never oversell), waiting list otherwise; validate automatically when nothing needs an agent,
 * else open a dossier with machine-readable reasons.
 */
export async function soumettreDemande(
  db: Db,
  compteId: string,
  demandeId: string,
  maintenant: Date,
): Promise<ResultatSoumission> {
  const d = await db.demande.findFirst({
    where: { id: demandeId, foyer: foyerDuCompte(compteId) },
    select: {
      id: true,
      statut: true,
      foyerId: true,
      voieTarification: true,
      _count: { select: { inscriptions: true } },
    },
  });
  if (!d) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable.");
  if (d.statut !== "brouillon") return etatActuel(db, demandeId);
  if (d._count.inscriptions === 0)
    throw new ErreurMetier(
      "aucune_inscription",
      "Cette demande ne contient aucune activité : choisissez-en au moins une.",
    );
  if (!d.voieTarification)
    throw new ErreurMetier("voie_manquante", "Choisissez d'abord comment votre tarif est calculé.");
  if (
    d.voieTarification === "document" &&
    (await db.document.count({ where: { foyerId: d.foyerId, type: "avis_imposition" } })) === 0
  ) {
    throw new ErreurMetier(
      "avis_manquant",
      "Déposez d'abord votre avis d'imposition : l'agent en a besoin pour établir votre tarif.",
    );
  }

  const resultat = await db.$transaction(
    async (tx) => {
      const { count } = await tx.demande.updateMany({
        where: { id: demandeId, statut: "brouillon" },
        data: { statut: "soumise", soumiseLe: maintenant },
      });
      if (count === 0) return null;
      const t = await tarifierDemande(tx, demandeId, maintenant);
      const inscriptions = await tx.inscription.findMany({
        where: { demandeId },
        select: { id: true, activiteId: true },
        orderBy: { activiteId: "asc" },
      });
      const statuts: { id: string; statut: StatutInscription }[] = [];
      // Activities in a fixed order: two families reserving the same two activities never deadlock.
      for (const i of inscriptions) {
        const reservee =
          (await tx.$executeRaw`UPDATE "activite" SET "places_reservees" = "places_reservees" + 1 WHERE "id" = ${i.activiteId}::uuid AND "places_reservees" < "capacite"`) ===
          1;
        const statut: StatutInscription = !reservee ? "liste_attente" : t.retenu.automatique ? "validee" : "en_attente";
        await tx.inscription.update({ where: { id: i.id }, data: { statut, placeReservee: reservee } });
        statuts.push({ id: i.id, statut });
        const p = t.tarifs.find((x) => x.inscriptionId === i.id);
        if (p?.tarif && p.versionGrilleId) {
          await tx.tarif.create({
            data: {
              inscriptionId: i.id,
              versionGrilleId: p.versionGrilleId,
              montantCentimes: p.tarif.montantCentimes,
              uniteVente: p.tarif.unite,
              explication: p.tarif.explication,
              fixeLe: maintenant,
            },
          });
        }
      }
      const sansGrille = t.tarifs.some((x) => !x.tarif);
      let dossierId: string | null = null;
      if (t.retenu.automatique && !sansGrille) {
        await tx.demande.update({ where: { id: demandeId }, data: { statut: "validee" } });
      } else {
        await tx.demande.update({ where: { id: demandeId }, data: { statut: "a_instruire" } });
        const dossier = await tx.dossier.create({
          data: { foyerId: d.foyerId, demandeId, raisons: t.retenu.raisons, creeLe: maintenant },
          select: { id: true },
        });
        dossierId = dossier.id;
        // The tax notice deposited before submission (declined consent) goes with the dossier to the agent.
        await rattacherDocumentsAuDossier(tx, d.foyerId, dossierId);
      }
      await journaliser(
        tx,
        { id: compteId, role: "citoyen" },
        "demande.soumise",
        { type: "demande", id: demandeId },
        { automatique: t.retenu.automatique, raisons: t.retenu.raisons, inscriptions: statuts.length },
      );
      return {
        demandeId,
        dejaSoumise: false,
        statut: dossierId ? ("a_instruire" as const) : ("validee" as const),
        inscriptions: statuts,
        dossierId,
      };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
  return resultat ?? etatActuel(db, demandeId);
}
