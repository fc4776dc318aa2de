// The application's API Impôt particulier client: configuration from the validated environment, quota shared
// through PostgreSQL (limit read from Collectivite.quotaDgfipParMinute), calls logged in AppelAmont. One per
// process (globalThis: Next.js may load this module in several bundles).
import { alerterAdministrateurs } from "@/lib/audit/alertes.mutation";
import { applicationDb } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";
import { creerJournalAppelsPostgres } from "./appel-amont.mutation";
import { creerClientDgfip } from "./client-http";
import { creerLimiteurQuotaPostgres } from "./compteur-quota.mutation";
import { configClientDgfipDepuisEnv } from "./config";
import { alerteEspacee } from "./dependances";
import type { ApiImpotParticulier } from "./port";

const cle = Symbol.for("portail-famille.dgfip");
const DUREE_CACHE_QUOTA_MS = 60_000;
/** A configuration fault repeats on every call: one alert per process every 10 minutes. */
const INTERVALLE_ALERTES_MS = 10 * 60_000;

export async function apiImpotParticulier(): Promise<ApiImpotParticulier> {
  const g = globalThis as typeof globalThis & { [cle]?: Promise<ApiImpotParticulier> };
  g[cle] ??= (async () => {
    const { prisma } = await applicationDb();
    let quota: { valeur: number; lu: number } | null = null;
    const limite = async () => {
      if (!quota || Date.now() - quota.lu > DUREE_CACHE_QUOTA_MS) {
        const c = await prisma.collectivite.findUnique({ where: { id: 1 }, select: { quotaDgfipParMinute: true } });
        quota = { valeur: c?.quotaDgfipParMinute ?? 60, lu: Date.now() };
      }
      return quota.valeur;
    };
    return creerClientDgfip(configClientDgfipDepuisEnv(env()), {
      limiteur: creerLimiteurQuotaPostgres(prisma, { cle: "dgfip", limite }),
      journal: creerJournalAppelsPostgres(prisma),
      logger: logger.child({ module: "dgfip" }),
      alerter: alerteEspacee(
        (code) => alerterAdministrateurs(prisma, code, "404 hors contrat", new Date()),
        INTERVALLE_ALERTES_MS,
      ),
    });
  })();
  return g[cle];
}
