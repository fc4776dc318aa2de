import "server-only";

import type { z } from "zod";

import { revoquerInvitations } from "@/lib/comptes/jetons.mutation";
import type { Db } from "@/lib/server/database";
import { foyerDuCompte } from "./foyer.query";
import type { coordonnees, secondResponsable } from "./schemas";

type Coordonnees = z.output<typeof coordonnees>;
type SecondResponsable = z.output<typeof secondResponsable>;

/**
 * The family's household, created on first visit with the account holder as responsable légal n° 1 (identity
 * from the account: certified when it comes from FranceConnect). Returns its id.
 */
export async function assurerFoyer(db: Db, compteId: string): Promise<string> {
  const existant = await db.foyer.findFirst({ where: foyerDuCompte(compteId), select: { id: true } });
  if (existant) return existant.id;
  const c = await db.compte.findUniqueOrThrow({
    where: { id: compteId },
    select: { prenoms: true, nomUsage: true, nomNaissance: true, dateNaissance: true, email: true },
  });
  const foyer = await db.foyer.create({
    data: {
      emailContact: c.email,
      responsables: {
        create: {
          rang: 1,
          compteId,
          prenoms: c.prenoms ?? "",
          nom: c.nomUsage ?? c.nomNaissance ?? "",
          dateNaissance: c.dateNaissance,
          email: c.email,
        },
      },
    },
    select: { id: true },
  });
  return foyer.id;
}

/** The household's address and contact details (its own household: the one of the signed-in account). */
export async function enregistrerCoordonnees(db: Db, compteId: string, c: Coordonnees): Promise<void> {
  const foyerId = await assurerFoyer(db, compteId);
  await db.foyer.update({ where: { id: foyerId }, data: c, select: { id: true } });
}

/**
 * Adds or updates the second responsable légal (rang 2) of the signed-in family's household. Another person (name,
 * first names, birthdate) or no foyer fiscal of their own: the links sent to the previous one are revoked.
 */
export async function enregistrerSecondParent(db: Db, compteId: string, r: SecondResponsable): Promise<void> {
  const foyerId = await assurerFoyer(db, compteId);
  await db.$transaction(async (tx) => {
    const avant = await tx.responsableLegal.findUnique({
      where: { foyerId_rang: { foyerId, rang: 2 } },
      select: { id: true, prenoms: true, nom: true, dateNaissance: true, foyerFiscalDistinct: true },
    });
    if (
      avant &&
      (avant.prenoms !== r.prenoms ||
        avant.nom !== r.nom ||
        avant.dateNaissance !== r.dateNaissance ||
        avant.foyerFiscalDistinct !== r.foyerFiscalDistinct)
    )
      await revoquerInvitations(tx, avant.id);
    await tx.responsableLegal.upsert({
      where: { foyerId_rang: { foyerId, rang: 2 } },
      create: { foyerId, rang: 2, ...r },
      update: r,
      select: { id: true },
    });
  });
}

export async function retirerSecondParent(db: Db, compteId: string): Promise<void> {
  const foyerId = await assurerFoyer(db, compteId);
  // Its invitation links go with it (foreign key, on delete cascade).
  await db.responsableLegal.deleteMany({ where: { foyerId, rang: 2 } });
}
