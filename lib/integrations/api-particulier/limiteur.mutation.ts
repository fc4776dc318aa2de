// Le débit du jeton de la collectivité (modalité identité, campagne, rafraîchissements des agents), partagé par
// toutes les instances du portail : API Particulier accorde 20 appels par seconde et par jeton, toutes routes
// confondues. Une place par tranche de ceil(1000 / débit) ms, comptée par PostgreSQL dans `compteur_quota` (même
// table et même purge que le quota DGFiP ; INSERT … ON CONFLICT DO UPDATE … WHERE, horloge de la base). Avec 15
// appels/s, une seconde glissante quelconque touche au plus 16 tranches : 16 appels, sous les 20 avec marge.
import { empreinte } from "@/lib/securite/limites.mutation";
import type { Db } from "@/lib/server/database";
import type { LimiteurDebit } from "./dependances";

const DEBIT_PAR_DEFAUT = 15;

export interface ConfigLimiteurDebit {
  /** Le jeton dont on compte les appels : seule son empreinte est écrite. */
  jeton: string;
  /** Appels par seconde visés (défaut 15). */
  debitParSeconde?: number;
  /** Pour les tests : tranche et places par tranche explicites. */
  tranche?: { ms: number; places: number };
}

export function creerLimiteurDebitPostgres(db: Db, config: ConfigLimiteurDebit): LimiteurDebit {
  const debit = config.debitParSeconde ?? DEBIT_PAR_DEFAUT;
  const ms = config.tranche?.ms ?? Math.ceil(1000 / debit);
  const places = config.tranche?.places ?? 1;
  const cle = `api_particulier:${empreinte(config.jeton)}`;
  return {
    async reserver() {
      const accorde = await db.$queryRaw<{ compteur: number }[]>`
        INSERT INTO compteur_quota (cle, fenetre, compteur)
        SELECT
          ${cle},
          to_timestamp(floor(extract(epoch FROM clock_timestamp()) * 1000 / ${ms}::int) * ${ms}::int / 1000.0) AT TIME ZONE 'UTC',
          1
        FROM (SELECT set_config('synchronous_commit', 'off', true)) AS sans_attente_disque
        ON CONFLICT (cle, fenetre) DO UPDATE SET compteur = compteur_quota.compteur + 1
          WHERE compteur_quota.compteur < ${places}::int
        RETURNING compteur`;
      if (accorde.length > 0) return { accorde: true };
      const [reste] = await db.$queryRaw<{ ms: number }[]>`
        SELECT ceil(${ms}::int - (extract(epoch FROM clock_timestamp()) * 1000)::numeric % ${ms}::int)::int AS ms`;
      return { accorde: false, attenteMs: Math.max(1, Number(reste?.ms ?? ms)) };
    },
  };
}
