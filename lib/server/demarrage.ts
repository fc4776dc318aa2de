// What an app process does once when it starts, given its database and configuration: apply migrations, seed the
// demo collectivité when the database is empty (demo mode only), and start the job workers unless JOBS_ENABLED=false (web instances
// next to `npm run worker`; the configuration refuses it in embedded mode, where only this process can run them).
import { cleDeChiffrementTotp } from "@/lib/comptes/domain/chiffrement-secret";
import { semerDemoSiVide } from "@/lib/demo/seed";
import type { Moteur } from "@/lib/jobs/moteur";
import { demarrerTravaux } from "@/lib/jobs/travaux";
import type { Base } from "./database";
import type { Env } from "./env";
import type { Logger } from "./logger";
import { appliquerMigrations } from "./migrations";

export async function preparerApplication(
  base: Base,
  config: Env,
  logger: Logger,
  dossierMigrations: string,
): Promise<Moteur | null> {
  const debut = Date.now();
  const r = await appliquerMigrations(base, dossierMigrations);
  logger.info({ base: base.genre, appliquees: r.appliquees, dureeMs: Date.now() - debut }, "migrations à jour");
  // Only in demo mode: its agent and admin passwords are in the repository; outside demo mode the first admin comes
  // from `npm run admin:creer`.
  if (
    config.PORTAIL_DEMO &&
    (await semerDemoSiVide(base.prisma, new Date(), cleDeChiffrementTotp(config.AUTH_SECRET)))
  ) {
    logger.info("base vide : collectivité de démonstration créée");
  }
  if (!config.JOBS_ENABLED) {
    logger.info("JOBS_ENABLED=false : les travaux tournent dans un autre processus (npm run worker)");
    return null;
  }
  return demarrerTravaux({ base, config, logger });
}
