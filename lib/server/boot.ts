// What the app process does once when it starts (instrumentation.ts): see preparerApplication. In embedded mode
// this must all happen in this process: PGlite is one process, one connection.
import path from "node:path";

import { applicationDb } from "./db";
import { preparerApplication } from "./demarrage";
import { env, SANS_ANTIVIRUS_ACCEPTE } from "./env";
import { logger } from "./log";

export async function demarrer(): Promise<void> {
  const e = env();
  if (!e.PORTAIL_DEMO && e.CLAMD_ADRESSE === SANS_ANTIVIRUS_ACCEPTE) {
    logger.warn(`CLAMD_ADRESSE=${SANS_ANTIVIRUS_ACCEPTE} : les pièces déposées ne passent par aucun antivirus`);
  }
  await preparerApplication(await applicationDb(), e, logger, path.join(process.cwd(), "prisma/migrations"));
}
