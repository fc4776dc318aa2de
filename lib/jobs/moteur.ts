// pg-boss over the application's database, through its own SQL executor: the same code path on the embedded
// PGlite and on a real PostgreSQL (where every instance's workers share the queue with SKIP LOCKED).
import PgBoss from "pg-boss";

import type { Base } from "@/lib/server/database";

export type Moteur = PgBoss;

export interface OptionsMoteur {
  /** Run the periodic maintenance and the cron scheduler in this process. */
  superviser?: boolean;
  /** Seconds between two polls of a queue. */
  intervalleSecondes?: number;
}

export function creerMoteur(base: Base, options: OptionsMoteur = {}): Moteur {
  const superviser = options.superviser ?? true;
  return new PgBoss({
    db: {
      executeSql: (text: string, values?: unknown[]) =>
        values && values.length > 0 ? base.sql.query(text, values) : base.sql.exec(text),
    },
    schema: "pgboss",
    supervise: superviser,
    schedule: superviser,
    migrate: true,
  });
}
