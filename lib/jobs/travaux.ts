// The application's durable jobs. Each entry: a queue name, an optional cron schedule, and a handler that gets
// the database. Later features add their entries here.
import { purgerJetonsExpires } from "@/lib/comptes/jetons.mutation";
import { purgerSessionsExpirees } from "@/lib/comptes/sessions.mutation";
import { expedierCourriels } from "@/lib/courriels/expedition.mutation";
import { proposerNouvelleAnneeRevenus } from "@/lib/courriels/nouvelle-annee-revenus.mutation";
import { purgerCourriels } from "@/lib/courriels/purge-courriels.mutation";
import { expediteurSmtp } from "@/lib/courriels/transport-smtp";
import { purgerDocumentsExpires } from "@/lib/documents/purge-documents.mutation";
import { stockageSurDisque } from "@/lib/documents/stockage";
import { purgerInstantanesExpires } from "@/lib/fiscal/instantane-fiscal.mutation";
import type { ServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { purgerCompteursQuota } from "@/lib/integrations/dgfip/compteur-quota.mutation";
import { purgerLimites } from "@/lib/securite/limites.mutation";
import type { Base } from "@/lib/server/database";
import type { Env } from "@/lib/server/env";
import type { Logger } from "@/lib/server/logger";
import { creerMoteur, type Moteur } from "./moteur";

/** What a job gets: the database and the validated configuration (never process.env). */
export interface ContexteTravaux {
  base: Base;
  config: Env;
  logger: Logger;
  /** The fiscal snapshot service (default: the application's, on the configured DGFiP client). */
  serviceFiscal?: () => Promise<Pick<ServiceInstantaneFiscal, "obtenir">>;
}

export interface Travail {
  nom: string;
  /** Cron expression (UTC), for periodic jobs. */
  planification?: string;
  /** Whether this configuration runs the job at all (default: always). */
  actif?(config: Env): boolean;
  executer(contexte: ContexteTravaux, donnees: unknown): Promise<unknown>;
}

export const TRAVAUX: Travail[] = [
  {
    // The outbox: each run sends what is due; failures wait their backoff in the row itself (see expedierCourriels).
    // Without SMTP_URL (demo mode) e-mails stay in the outbox page.
    nom: "envoyer-courriels",
    planification: "* * * * *",
    actif: (config) => Boolean(config.SMTP_URL && config.SMTP_FROM),
    async executer({ base, config: { SMTP_URL, SMTP_FROM } }) {
      if (!SMTP_URL || !SMTP_FROM) return null;
      const expediteur = expediteurSmtp(SMTP_URL, SMTP_FROM);
      try {
        return await expedierCourriels(base.prisma, expediteur);
      } finally {
        expediteur.fermer();
      }
    },
  },
  {
    // SPI-mode DGFiP calls that met an outage or the quota (lib/inscriptions/reprise-appel-dgfip.mutation.ts). Loaded
    // when run: those modules read the application's configuration and logger when imported.
    nom: "reprendre-appels-dgfip",
    planification: "* * * * *",
    async executer(contexte) {
      const { reprendreAppelsDgfip } = await import("@/lib/inscriptions/reprise-appel-dgfip.mutation");
      const fabrique =
        contexte.serviceFiscal ?? (async () => (await import("@/lib/fiscal/application")).serviceInstantaneFiscal());
      return reprendreAppelsDgfip(contexte.base.prisma, await fabrique());
    },
  },
  {
    // A newer income year in the taxation calendar: households priced on an older one are offered (once per year)
    // to authorize again. Nothing is fetched.
    nom: "proposer-nouvelle-annee-revenus",
    planification: "30 7 * * *",
    async executer({ base, config }) {
      return proposerNouvelleAnneeRevenus(base.prisma, config.PORTAIL_URL, new Date());
    },
  },
  {
    nom: "purger-sessions",
    planification: "*/15 * * * *",
    async executer({ base, config }) {
      const supprimees = await purgerSessionsExpirees(base.prisma, new Date(), {
        inactiviteMinutes: config.SESSION_IDLE_MINUTES,
      });
      return { supprimees };
    },
  },
  {
    // Outbox retention; also erases the body of an unsent e-mail whose single-use link has expired (demo mode too).
    nom: "purger-courriels",
    planification: "*/15 * * * *",
    async executer({ base }) {
      return purgerCourriels(base.prisma, new Date());
    },
  },
  {
    // Expired or used single-use link tokens (only their hashes were stored).
    nom: "purger-jetons",
    planification: "41 * * * *",
    async executer({ base }) {
      return { supprimes: await purgerJetonsExpires(base.prisma, new Date()) };
    },
  },
  {
    // Retention of tax data (Collectivite.conservationFiscaleJours, set on each snapshot as expireLe).
    nom: "purger-instantanes-fiscaux",
    planification: "17 * * * *",
    async executer({ base }) {
      return { supprimes: await purgerInstantanesExpires(base.prisma, new Date()) };
    },
  },
  {
    // Quota windows only matter during their own minute; rate-limit windows last a day at most.
    nom: "purger-compteurs-quota",
    planification: "*/30 * * * *",
    async executer({ base }) {
      const quotas = await purgerCompteursQuota(base.prisma, new Date(Date.now() - 3600_000));
      const limites = await purgerLimites(base.prisma, new Date(Date.now() - 25 * 3600_000));
      return { supprimes: quotas + limites };
    },
  },
  {
    // Retention of uploaded documents (expireLe: one year at most, less once their dossier is closed), with their
    // files; also sweeps files that no row points to.
    nom: "purger-documents",
    planification: "23 * * * *",
    async executer({ base, config }) {
      return purgerDocumentsExpires(base.prisma, stockageSurDisque(config.STORAGE_DIR), new Date());
    },
  },
];

/** Creates the queues and schedules, and (unless `travailler` is false) starts workers for every job. */
export async function brancherTravaux(moteur: Moteur, contexte: ContexteTravaux, travailler = true): Promise<void> {
  for (const t of TRAVAUX) {
    if (t.actif && !t.actif(contexte.config)) continue;
    // Singleton queue: a run that starts while another is queued or active is not added twice.
    await moteur.createQueue(t.nom, { name: t.nom, policy: "singleton" });
    if (t.planification) await moteur.schedule(t.nom, t.planification, {}, { tz: "UTC" });
    if (travailler) {
      // One job at a time (pg-boss's default batch of 1): its result is stored as the job's output.
      await moteur.work(t.nom, async ([job]) => {
        if (!job) return null;
        const resultat = await t.executer(contexte, job.data);
        contexte.logger.info({ travail: t.nom, job: job.id, resultat }, "travail terminé");
        return resultat;
      });
    }
  }
}

const cle = Symbol.for("portail-famille.moteur");

export async function demarrerTravaux(contexte: ContexteTravaux): Promise<Moteur> {
  const g = globalThis as typeof globalThis & { [cle]?: Moteur };
  if (g[cle]) return g[cle];
  const moteur = creerMoteur(contexte.base);
  moteur.on("error", (err) => contexte.logger.error({ err }, "moteur de travaux"));
  await moteur.start();
  await brancherTravaux(moteur, contexte);
  g[cle] = moteur;
  return moteur;
}
