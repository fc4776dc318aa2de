import "server-only";

import type { Db } from "@/lib/server/database";

/** When each income year became (or becomes) available at the DGFiP, per resource. */
export async function listerCalendrierTaxation(db: Db) {
  return db.calendrierTaxation.findMany({
    select: { id: true, ressource: true, anneeRevenus: true, dateTaxation: true },
    orderBy: [{ anneeRevenus: "desc" }, { ressource: "asc" }],
  });
}
