import "server-only";

import type { Db } from "@/lib/server/database";

/** The signed-in person's own identity (the only account this query can read). */
export async function lireMonIdentite(db: Db, compteId: string) {
  return db.compte.findUniqueOrThrow({
    where: { id: compteId },
    select: {
      prenoms: true,
      nomNaissance: true,
      nomUsage: true,
      dateNaissance: true,
      sexe: true,
      lieuNaissance: true,
      paysNaissance: true,
      identiteCertifiee: true,
      email: true,
    },
  });
}
