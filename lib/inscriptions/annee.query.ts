import "server-only";

import type { Db } from "@/lib/server/database";

/** The school year families enrol for: the earliest one not yet over (the current one, then next year's). */
export async function anneeScolaireDesInscriptions(db: Db, maintenant: Date) {
  return db.anneeScolaire.findFirst({
    where: { fin: { gte: maintenant } },
    orderBy: { debut: "asc" },
    select: { id: true, libelle: true, debut: true, fin: true },
  });
}
