// What the app process does once when it starts (instrumentation.ts): open the database, apply migrations, seed
// the demo collectivité when the database is empty and only in demo mode (its agent and admin passwords are in the
// repository; outside demo mode the first admin comes from `npm run admin:creer`), start the job workers. In embedded mode this must all happen
// in this process: PGlite is one process, one connection.
import path from "node:path";

import { semerDemoSiVide } from "@/lib/demo/seed";
import { demarrerTravaux } from "@/lib/jobs/travaux";
import { applicationDb } from "./db";
import { env } from "./env";
import { logger } from "./log";
import { appliquerMigrations } from "./migrations";

export async function demarrer(): Promise<void> {
  const e = env();
  const base = await applicationDb();
  const debut = Date.now();
  const r = await appliquerMigrations(base, path.join(process.cwd(), "prisma/migrations"));
  logger.info({ base: base.genre, appliquees: r.appliquees, dureeMs: Date.now() - debut }, "migrations à jour");
  if (e.PORTAIL_DEMO && (await semerDemoSiVide(base.prisma))) {
    logger.info("base vide : collectivité de démonstration créée");
  }
  if (e.JOBS_ENABLED) await demarrerTravaux({ base, config: e, logger });
}
