// Le journal des appels amont (AppelAmont) en PostgreSQL : une ligne par essai, sans charge personnelle. Alimente
// les statistiques (taux de réussite d'API Particulier, justificatifs papier évités).
import type { Db } from "@/lib/server/database";
import type { JournalAppels } from "./dependances";

export function creerJournalAppelsPostgres(db: Db): JournalAppels {
  return {
    async enregistrer(appel) {
      await db.appelAmont.create({ data: { fournisseur: "api_particulier", ...appel } });
    },
  };
}
