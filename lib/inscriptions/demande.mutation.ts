import "server-only";

import { randomUUID } from "node:crypto";

import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Frequence } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { etatFenetre, STATUTS_ACTIFS } from "./domain/fenetre";

/** The family's draft request for this school year: the one in progress, or a new one. */
export async function demandeEnCours(db: Db, compteId: string, anneeScolaireId: string): Promise<string> {
  const foyerId = await assurerFoyer(db, compteId);
  const existante = await db.demande.findFirst({
    where: { foyerId, anneeScolaireId, statut: "brouillon" },
    select: { id: true },
  });
  if (existante) return existante.id;
  const d = await db.demande.create({
    data: { foyerId, anneeScolaireId, cleIdempotence: randomUUID() },
    select: { id: true },
  });
  return d.id;
}

export interface Choix {
  enfantId: string;
  activiteId: string;
  frequence: Frequence;
}

/**
 * Replaces the draft's selection. Each child and activity must be the family's and the year's, the activity open
 * to the child's school and taking enrolments, and the child not already enrolled in it elsewhere; and no child
 * over the enrolments one account may claim for it in the school year (INSCRIPTIONS_PAR_ENFANT_MAX, issue 10 §4),
 * this request's and the ones already sent together.
 */
export async function choisirActivites(
  db: Db,
  compteId: string,
  demandeId: string,
  choix: Choix[],
  maintenant: Date,
  inscriptionsParEnfantMax: number,
): Promise<void> {
  const demande = await db.demande.findFirst({
    where: { id: demandeId, foyer: foyerDuCompte(compteId) },
    select: { id: true, statut: true, foyerId: true, anneeScolaireId: true },
  });
  if (!demande) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable.");
  if (demande.statut !== "brouillon")
    throw new ErreurMetier(
      "demande_envoyee",
      "Cette demande est déjà envoyée : commencez-en une nouvelle pour d'autres activités.",
    );
  if (choix.length === 0)
    throw new ErreurMetier("aucun_choix", "Choisissez au moins une activité pour un enfant.", "choix");
  const enfants = await db.enfant.findMany({
    where: { foyerId: demande.foyerId, retireLe: null, id: { in: choix.map((c) => c.enfantId) } },
    select: { id: true, prenom: true, ecoleId: true },
  });
  const activites = await db.activite.findMany({
    where: {
      id: { in: choix.map((c) => c.activiteId) },
      anneeScolaireId: demande.anneeScolaireId,
      archiveeLe: null,
      grilles: { some: { versions: { some: { statut: "publiee" } } } },
    },
    select: { id: true, nom: true, ecoleId: true, ouvertureInscriptions: true, fermetureInscriptions: true },
  });
  for (const c of choix) {
    const e = enfants.find((x) => x.id === c.enfantId);
    const a = activites.find((x) => x.id === c.activiteId);
    if (!e || !a || (a.ecoleId !== null && a.ecoleId !== e.ecoleId))
      throw new ErreurMetier("choix_invalide", "Une activité choisie n'est pas proposée à cet enfant.", "choix");
    const fenetre = etatFenetre(a, maintenant);
    if (fenetre !== "ouverte")
      throw new ErreurMetier(
        "fenetre_fermee",
        `Les inscriptions à « ${a.nom} » ${fenetre === "close" ? "sont closes" : "ne sont pas encore ouvertes"}.`,
        "choix",
      );
  }
  await db.$transaction(async (tx) => {
    const existantes = await tx.inscription.findMany({
      where: { OR: choix.map((c) => ({ enfantId: c.enfantId, activiteId: c.activiteId })) },
      select: { id: true, enfantId: true, activiteId: true, statut: true, demandeId: true },
    });
    for (const i of existantes) {
      if ((STATUTS_ACTIFS as readonly string[]).includes(i.statut) && i.demandeId !== demandeId) {
        const e = enfants.find((x) => x.id === i.enfantId)!;
        const a = activites.find((x) => x.id === i.activiteId)!;
        throw new ErreurMetier("deja_inscrit", `${e.prenom} est déjà inscrit(e) à « ${a.nom} ».`, "choix");
      }
    }
    for (const e of enfants) {
      const choisies = new Set(choix.filter((c) => c.enfantId === e.id).map((c) => c.activiteId));
      const ailleurs = await tx.inscription.count({
        where: {
          enfantId: e.id,
          demandeId: { not: demandeId },
          statut: { in: [...STATUTS_ACTIFS] },
          demande: { anneeScolaireId: demande.anneeScolaireId },
          activiteId: { notIn: [...choisies] },
        },
      });
      if (choisies.size + ailleurs > inscriptionsParEnfantMax)
        throw new ErreurMetier(
          "inscriptions_max",
          `${e.prenom} ne peut avoir plus de ${inscriptionsParEnfantMax} inscription${inscriptionsParEnfantMax > 1 ? "s" : ""} sur l'année scolaire, demandes déjà envoyées comprises.`,
          "choix",
        );
    }
    // The draft's previous selection that is no longer chosen goes away.
    await tx.inscription.deleteMany({
      where: {
        demandeId,
        statut: "brouillon",
        NOT: { OR: choix.map((c) => ({ enfantId: c.enfantId, activiteId: c.activiteId })) },
      },
    });
    for (const c of choix) {
      const ancienne = existantes.find((i) => i.enfantId === c.enfantId && i.activiteId === c.activiteId);
      if (ancienne) {
        // A refused or cancelled enrolment of the same child and activity is taken up again by this request.
        await tx.inscription.update({
          where: { id: ancienne.id },
          data: { demandeId, statut: "brouillon", frequence: c.frequence, placeReservee: false, creeLe: maintenant },
        });
        await tx.tarif.updateMany({
          where: { inscriptionId: ancienne.id, remplaceLe: null },
          data: { remplaceLe: maintenant },
        });
      } else {
        await tx.inscription.create({
          data: {
            demandeId,
            enfantId: c.enfantId,
            activiteId: c.activiteId,
            frequence: c.frequence,
            creeLe: maintenant,
          },
        });
      }
    }
  });
}
