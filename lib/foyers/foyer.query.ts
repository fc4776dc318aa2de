import "server-only";

import type { Db } from "@/lib/server/database";

/** Ownership rule for everything a family reads or changes: the foyer has the signed-in account as a responsable. */
export const foyerDuCompte = (compteId: string) => ({ responsables: { some: { compteId } } });

/** The household's contact details, as every screen that shows a household selects them. */
export const COORDONNEES_FOYER = {
  adresse1: true,
  adresse2: true,
  codePostal: true,
  commune: true,
  telephone: true,
  emailContact: true,
} as const;

/** The id of the signed-in family's household, or null before its first visit created it. */
export async function idDeMonFoyer(db: Db, compteId: string): Promise<string | null> {
  return (await db.foyer.findFirst({ where: foyerDuCompte(compteId), select: { id: true } }))?.id ?? null;
}

export async function lireMonFoyer(db: Db, compteId: string) {
  return db.foyer.findFirst({
    where: foyerDuCompte(compteId),
    select: {
      id: true,
      ...COORDONNEES_FOYER,
      responsables: {
        orderBy: { rang: "asc" },
        select: {
          id: true,
          rang: true,
          prenoms: true,
          nom: true,
          dateNaissance: true,
          email: true,
          telephone: true,
          foyerFiscalDistinct: true,
          compteId: true,
        },
      },
    },
  });
}
