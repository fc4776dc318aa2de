import "server-only";

import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";

const SELECTION = {
  id: true,
  foyerId: true,
  statut: true,
  voieTarification: true,
  raisonsEnAttente: true,
  creeLe: true,
  soumiseLe: true,
  anneeScolaire: { select: { id: true, libelle: true } },
  inscriptions: {
    orderBy: [{ enfant: { dateNaissance: "asc" } }, { activite: { nom: "asc" } }],
    select: {
      id: true,
      statut: true,
      frequence: true,
      placeReservee: true,
      creeLe: true,
      enfant: { select: { id: true, prenom: true, nom: true, dateNaissance: true, pai: true } },
      activite: { select: { id: true, nom: true, type: true, uniteVente: true, jours: true } },
      tarifs: {
        where: { remplaceLe: null },
        select: { montantCentimes: true, uniteVente: true, explication: true, fixeLe: true },
      },
    },
  },
  dossiers: {
    orderBy: { creeLe: "desc" },
    take: 1,
    select: { id: true, statut: true, raisons: true, attenduFamille: true },
  },
} satisfies Prisma.DemandeSelect;

/** One of the family's own requests (null for anyone else's). */
export async function lireMaDemande(db: Db, compteId: string, demandeId: string) {
  return db.demande.findFirst({ where: { id: demandeId, foyer: foyerDuCompte(compteId) }, select: SELECTION });
}

/** The household of one of the family's own drafts; anyone else's request, or one already sent, is not found. */
export async function foyerDeMonBrouillon(db: Tx, compteId: string, demandeId: string): Promise<string> {
  const demande = await db.demande.findFirst({
    where: { id: demandeId, statut: "brouillon", foyer: foyerDuCompte(compteId) },
    select: { foyerId: true },
  });
  if (!demande) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable ou déjà envoyée.");
  return demande.foyerId;
}

export async function listerMesDemandes(db: Db, compteId: string) {
  return db.demande.findMany({
    where: { foyer: foyerDuCompte(compteId) },
    orderBy: { creeLe: "desc" },
    select: SELECTION,
  });
}

/** Rank on the waiting list: enrolments of this activity waiting since earlier, plus one. */
export async function rangListeAttente(db: Db, activiteId: string, depuis: Date): Promise<number> {
  return 1 + (await db.inscription.count({ where: { activiteId, statut: "liste_attente", creeLe: { lt: depuis } } }));
}
