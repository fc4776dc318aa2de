import "server-only";
import type { Db } from "@/lib/server/database";

/** Ownership rule for everything a family reads or changes: the foyer has the signed-in account as a responsable. */
export const foyerDuCompte = (compteId: string) => ({ responsables: { some: { compteId } } });

export async function lireMonFoyer(db: Db, compteId: string) {
  return db.foyer.findFirst({
    where: foyerDuCompte(compteId),
    select: {
      id: true,
      adresse1: true,
      adresse2: true,
      codePostal: true,
      commune: true,
      telephone: true,
      emailContact: true,
      responsables: {
        orderBy: { rang: "asc" },
        select: { id: true, rang: true, prenoms: true, nom: true, dateNaissance: true, email: true, telephone: true, foyerFiscalDistinct: true, compteId: true },
      },
    },
  });
}

export type MonFoyer = NonNullable<Awaited<ReturnType<typeof lireMonFoyer>>>;
