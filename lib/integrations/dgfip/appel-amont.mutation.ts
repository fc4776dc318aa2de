// The upstream call log (AppelAmont) in PostgreSQL: one row per attempt, no personal payload. Feeds the statistics
// (API success rate, paper proofs avoided).
import type { Db } from "@/lib/server/database";
import type { JournalAppels } from "./dependances";

export function creerJournalAppelsPostgres(db: Db): JournalAppels {
  return {
    async enregistrer(appel) {
      await db.appelAmont.create({ data: { fournisseur: "dgfip", ...appel } });
    },
  };
}
