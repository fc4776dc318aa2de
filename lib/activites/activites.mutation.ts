import "server-only";

import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";
import { activiteCreation, activiteModification } from "./schemas";

type Tx = Prisma.TransactionClient;
const selection = {
  id: true,
  nom: true,
  type: true,
  uniteVente: true,
  capacite: true,
  placesReservees: true,
  anneeScolaireId: true,
  ecoleId: true,
} as const;

async function verifierEcole(tx: Tx, ecoleId: string | null) {
  if (ecoleId && !(await tx.ecole.findUnique({ where: { id: ecoleId }, select: { id: true } }))) {
    throw new ErreurMetier("ecole_introuvable", "Cette école n'existe pas", "ecoleId");
  }
}

export async function creerActivite(db: Db, acteur: Acteur, saisie: unknown) {
  const s = activiteCreation.parse(saisie);
  return db.$transaction(async (tx) => {
    if (!(await tx.anneeScolaire.findUnique({ where: { id: s.anneeScolaireId }, select: { id: true } }))) {
      throw new ErreurMetier("annee_introuvable", "Cette année scolaire n'existe pas", "anneeScolaireId");
    }
    await verifierEcole(tx, s.ecoleId);
    const a = await tx.activite.create({ data: s, select: selection });
    await journaliser(
      tx,
      acteur,
      "activite.creer",
      { type: "Activite", id: a.id },
      { type: a.type, uniteVente: a.uniteVente, capacite: a.capacite },
    );
    return a;
  });
}

/**
 * The capacity never drops below the places already reserved (checked in the UPDATE itself, so a concurrent
 * enrolment cannot slip in between), and the unit of sale cannot diverge from the activity's tariff grids.
 */
export async function modifierActivite(db: Db, acteur: Acteur, id: string, saisie: unknown) {
  const s = activiteModification.parse(saisie);
  return db.$transaction(async (tx) => {
    const avant = await tx.activite.findUnique({
      where: { id },
      select: {
        uniteVente: true,
        capacite: true,
        grilles: { select: { versions: { select: { definition: true }, take: 1, orderBy: { numero: "desc" } } } },
      },
    });
    if (!avant) throw new ErreurMetier("activite_introuvable", "Cette activité n'existe plus");
    const uniteGrille = (
      avant.grilles[0]?.versions[0]?.definition as { unite?: keyof typeof LIBELLES_UNITE } | undefined
    )?.unite;
    if (uniteGrille && uniteGrille !== s.uniteVente) {
      throw new ErreurMetier(
        "unite_differente_de_la_grille",
        `La grille tarifaire de cette activité est ${LIBELLES_UNITE[uniteGrille].par} : changez d'abord la grille`,
        "uniteVente",
      );
    }
    await verifierEcole(tx, s.ecoleId);
    const { count } = await tx.activite.updateMany({ where: { id, placesReservees: { lte: s.capacite } }, data: s });
    if (count === 0) {
      const { placesReservees } = await tx.activite.findUniqueOrThrow({
        where: { id },
        select: { placesReservees: true },
      });
      throw new ErreurMetier(
        "capacite_insuffisante",
        `${placesReservees} places sont déjà réservées : la capacité ne peut pas descendre en dessous`,
        "capacite",
      );
    }
    await journaliser(
      tx,
      acteur,
      "activite.modifier",
      { type: "Activite", id },
      { capaciteAvant: avant.capacite, capacite: s.capacite, uniteVente: s.uniteVente },
    );
    return tx.activite.findUniqueOrThrow({ where: { id }, select: selection });
  });
}

/** Archived activities stay (enrolments and prices refer to them) but no longer open to enrolment. */
export async function archiverActivite(db: Db, acteur: Acteur, id: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.activite.updateMany({
      where: { id, archiveeLe: null },
      data: { archiveeLe: new Date() },
    });
    if (count === 0) throw new ErreurMetier("activite_introuvable", "Cette activité n'existe pas ou est déjà archivée");
    await journaliser(tx, acteur, "activite.archiver", { type: "Activite", id });
  });
}
