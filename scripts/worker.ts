// `npm run worker`: the durable jobs (pg-boss) in a process of their own, next to web instances started with
// JOBS_ENABLED=false. Needs DATABASE_URL (PostgreSQL): in embedded mode the jobs run inside the app. Reads .env
// like `npm start` (variables already set win); applies pending migrations (under the same advisory lock as the
// app), then works until SIGTERM or SIGINT, when it lets the running job finish.
import path from "node:path";

import { demarrerTravaux } from "../lib/jobs/travaux";
import { ouvrirBase } from "../lib/server/database";
import { creerLogger } from "../lib/server/logger";
import { appliquerMigrations } from "../lib/server/migrations";
import { lireConfiguration } from "./lib/configuration";

const racine = path.resolve(import.meta.dirname, "..");
const config = lireConfiguration(racine, { avecExemple: false });
if (!config.DATABASE_URL) {
  console.error(
    "\nDATABASE_URL : obligatoire pour npm run worker (en mode embarqué, les travaux tournent dans l'application)\n",
  );
  process.exit(1);
}

const logger = creerLogger(config.LOG_LEVEL);
const base = await ouvrirBase({ genre: "postgresql", url: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX });
await appliquerMigrations(base, path.join(racine, "prisma/migrations"));
const moteur = await demarrerTravaux({ base, config, logger });
logger.info("travailleur prêt : les travaux de fond tournent dans ce processus");

let arret = false;
async function arreter() {
  if (arret) return;
  arret = true;
  logger.info("arrêt du travailleur");
  await moteur.stop({ graceful: true, wait: true, timeout: 30_000 });
  await base.fermer();
  process.exit(0);
}
process.on("SIGTERM", () => void arreter());
process.on("SIGINT", () => void arreter());
