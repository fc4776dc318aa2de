// The DGFiP quota shared by every instance of the portal: one row per (key, fixed window) in `compteur_quota`,
// incremented atomically by PostgreSQL (INSERT … ON CONFLICT DO UPDATE … WHERE compteur < limite). The database's
// clock defines the windows, so instances with drifting clocks still agree. Never process memory.
import type { Db } from "@/lib/server/database";
import type { LimiteurQuota } from "./dependances";

export interface ConfigLimiteurQuota {
  cle: string;
  /** Calls allowed per window; a function when it is read from the database (Collectivite.quotaDgfipParMinute). */
  limite: number | (() => Promise<number>);
  fenetreSecondes?: number;
}

export function creerLimiteurQuotaPostgres(db: Db, config: ConfigLimiteurQuota): LimiteurQuota {
  const fenetre = config.fenetreSecondes ?? 60;
  return {
    async reserver() {
      const limite = typeof config.limite === "number" ? config.limite : await config.limite();
      // synchronous_commit off for this statement only: a counter lost in a crash lets a few calls through (the
      // gateway's 429 is handled), while waiting for the disk would cost every call a flush (~3 ms here).
      const accorde = await db.$queryRaw<{ compteur: number }[]>`
        INSERT INTO compteur_quota (cle, fenetre, compteur)
        SELECT
          ${config.cle},
          to_timestamp(floor(extract(epoch FROM clock_timestamp()) / ${fenetre}::int) * ${fenetre}::int) AT TIME ZONE 'UTC',
          1
        FROM (SELECT set_config('synchronous_commit', 'off', true)) AS sans_attente_disque
        ON CONFLICT (cle, fenetre) DO UPDATE SET compteur = compteur_quota.compteur + 1
          WHERE compteur_quota.compteur < ${limite}::int
        RETURNING compteur`;
      if (accorde.length > 0 && limite > 0) return { accorde: true };
      const [reste] = await db.$queryRaw<{ ms: number }[]>`
        SELECT ceil(${fenetre}::int * 1000 - (extract(epoch FROM clock_timestamp()) * 1000)::numeric % (${fenetre}::int * 1000))::int AS ms`;
      return { accorde: false, attenteMs: Math.max(1, Number(reste?.ms ?? fenetre * 1000)) };
    },
  };
}

/** Removes windows older than `avant` (they only matter during their own minute). */
export async function purgerCompteursQuota(db: Db, avant: Date): Promise<number> {
  const { count } = await db.compteurQuota.deleteMany({ where: { fenetre: { lt: avant } } });
  return count;
}
