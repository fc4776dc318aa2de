import "server-only";

import type { Db } from "@/lib/server/database";
import { foyerDuCompte } from "./foyer.query";

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
