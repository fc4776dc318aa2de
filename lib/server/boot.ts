// What the app process does once when it starts (instrumentation.ts): open the database, apply migrations, seed
// the demo collectivité when the database is empty, start the job workers. In embedded mode this must all happen
// in this process: PGlite is one process, one connection.
import path from "node:path";

import { semerDemoSiVide } from "@/lib/demo/seed";
import { demarrerTravaux } from "@/lib/jobs/travaux";
import { applicationDb } from "./db";
import { env, SANS_ANTIVIRUS_ACCEPTE } from "./env";
import { logger } from "./log";
import { appliquerMigrations } from "./migrations";

export async function demarrer(): Promise<void> {
  const e = env();
  if (!e.PORTAIL_DEMO && e.CLAMD_ADRESSE === SANS_ANTIVIRUS_ACCEPTE) {
    logger.warn(`CLAMD_ADRESSE=${SANS_ANTIVIRUS_ACCEPTE} : les pièces déposées ne passent par aucun antivirus`);
  }
  const base = await applicationDb();
  const debut = Date.now();
  const r = await appliquerMigrations(base, path.join(process.cwd(), "prisma/migrations"));
  logger.info({ base: base.genre, appliquees: r.appliquees, dureeMs: Date.now() - debut }, "migrations à jour");
  const semee = await semerDemoSiVide(base.prisma);
  if (semee) logger.info("base vide : collectivité de démonstration créée");
  if (e.JOBS_ENABLED) await demarrerTravaux({ base, config: e, logger });
}
