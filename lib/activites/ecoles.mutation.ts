import "server-only";

import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { ecoleSaisie } from "./schemas";

const selection = { id: true, nom: true, adresse: true, communeCodeInsee: true } as const;

async function verifierCommune(tx: Prisma.TransactionClient, codeInsee: string) {
  if (!(await tx.commune.findUnique({ where: { codeInsee }, select: { codeInsee: true } }))) {
    throw new ErreurMetier(
      "commune_hors_territoire",
      "Cette commune ne fait pas partie du territoire : ajoutez-la d'abord",
      "communeCodeInsee",
    );
  }
}

export async function creerEcole(db: Db, acteur: Acteur, saisie: unknown) {
  const s = ecoleSaisie.parse(saisie);
  return db.$transaction(async (tx) => {
    await verifierCommune(tx, s.communeCodeInsee);
    const e = await tx.ecole.create({ data: s, select: selection });
    await journaliser(tx, acteur, "ecole.creer", { type: "Ecole", id: e.id }, { communeCodeInsee: s.communeCodeInsee });
    return e;
  });
}

export async function modifierEcole(db: Db, acteur: Acteur, id: string, saisie: unknown) {
  const s = ecoleSaisie.parse(saisie);
  return db.$transaction(async (tx) => {
    await verifierCommune(tx, s.communeCodeInsee);
    const { count } = await tx.ecole.updateMany({ where: { id }, data: s });
    if (count === 0) throw new ErreurMetier("ecole_introuvable", "Cette école n'existe plus");
    await journaliser(tx, acteur, "ecole.modifier", { type: "Ecole", id }, { communeCodeInsee: s.communeCodeInsee });
    return tx.ecole.findUniqueOrThrow({ where: { id }, select: selection });
  });
}

/** Refused while activities or children are attached to the school. */
export async function supprimerEcole(db: Db, acteur: Acteur, id: string) {
  await db.$transaction(async (tx) => {
    const e = await tx.ecole.findUnique({
      where: { id },
      select: { _count: { select: { activites: true, enfants: true } } },
    });
    if (!e) throw new ErreurMetier("ecole_introuvable", "Cette école n'existe plus");
    if (e._count.activites + e._count.enfants > 0) {
      throw new ErreurMetier(
        "ecole_utilisee",
        `Cette école a ${e._count.activites} activité(s) et ${e._count.enfants} enfant(s) rattachés : elle ne peut pas être supprimée`,
      );
    }
    await tx.ecole.delete({ where: { id } });
    await journaliser(tx, acteur, "ecole.supprimer", { type: "Ecole", id });
  });
}
