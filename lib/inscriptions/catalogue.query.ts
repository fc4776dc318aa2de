import "server-only";

import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";

/**
 * For each of the family's children, the activities of the school year open at the child's school (and the
 * activities run for the whole territory), with their remaining places and the child's current enrolment.
 */
export async function catalogueDuFoyer(db: Db, compteId: string, anneeScolaireId: string) {
  const enfants = await db.enfant.findMany({
    where: { retireLe: null, foyer: foyerDuCompte(compteId) },
    orderBy: { dateNaissance: "asc" },
    select: {
      id: true,
      prenom: true,
      nom: true,
      ecoleId: true,
      ecole: { select: { nom: true } },
      inscriptions: { select: { activiteId: true, statut: true, demandeId: true, frequence: true } },
    },
  });
  const ecoles = [...new Set(enfants.map((e) => e.ecoleId).filter((x): x is string => Boolean(x)))];
  const activites = await db.activite.findMany({
    // Only activities with a published grid are offered: a family sees its price before submitting.
    where: {
      anneeScolaireId,
      archiveeLe: null,
      OR: [{ ecoleId: { in: ecoles } }, { ecoleId: null }],
      grilles: { some: { versions: { some: { statut: "publiee" } } } },
    },
    orderBy: [{ type: "asc" }, { nom: "asc" }],
    select: {
      id: true,
      nom: true,
      type: true,
      ecoleId: true,
      jours: true,
      uniteVente: true,
      capacite: true,
      placesReservees: true,
      ouvertureInscriptions: true,
      fermetureInscriptions: true,
      description: true,
    },
  });
  return enfants.map((e) => ({
    enfant: { id: e.id, prenom: e.prenom, nom: e.nom, ecole: e.ecole?.nom ?? null },
    activites: activites
      .filter((a) => a.ecoleId === null || a.ecoleId === e.ecoleId)
      .map((a) => {
        const inscription = e.inscriptions.find((i) => i.activiteId === a.id);
        return { ...a, placesRestantes: Math.max(0, a.capacite - a.placesReservees), inscription: inscription ?? null };
      }),
  }));
}

/** Among these activities, the ones with no place left (a new enrolment would go on the waiting list). */
export async function activitesCompletes(db: Db, activiteIds: string[]): Promise<Set<string>> {
  const activites = await db.activite.findMany({
    where: { id: { in: activiteIds } },
    select: { id: true, capacite: true, placesReservees: true },
  });
  return new Set(activites.filter((a) => a.placesReservees >= a.capacite).map((a) => a.id));
}
