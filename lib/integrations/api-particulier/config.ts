// Configuration de l'adaptateur HTTP : un objet simple (les tests le construisent), tiré de l'environnement validé
// par l'application. Les délais ont des défauts faits pour une famille qui attend une page.
import type { Env } from "@/lib/server/env";

export interface ConfigClientApiParticulier {
  /** Racine de l'API, sans `/v3` (API_PARTICULIER_URL). */
  urlApi: string;
  /** Jeton de la collectivité (API_PARTICULIER_TOKEN) : modalité identité seulement. */
  jetonCollectivite: string;
  /** Délai d'un essai (raccourci à la vie restante du jeton FranceConnect). */
  delaiAppelMs: number;
  /** Essais par appel, le premier compris (429, 502, 504, 5xx, délai). */
  tentativesMax: number;
  attenteBaseMs: number;
  attenteMaxMs: number;
  /** Pause avant l'unique nouvel essai après un 409 00015 (« requête déjà en cours »). */
  pauseConflitMs: number;
  /** Modalité identité : Retry-After le plus long qu'on accepte d'attendre (au-delà : `limite_debit`). */
  attenteRetryAfterMaxMs: number;
  /** Attente maximale d'une place du limiteur partagé (jeton de la collectivité). */
  attenteLimiteurMaxMs: number;
}

export const REGLAGES_PAR_DEFAUT = {
  delaiAppelMs: 8_000,
  tentativesMax: 3,
  attenteBaseMs: 200,
  attenteMaxMs: 2_000,
  pauseConflitMs: 1_000,
  attenteRetryAfterMaxMs: 5_000,
  attenteLimiteurMaxMs: 2_000,
} satisfies Partial<ConfigClientApiParticulier>;

export function configClientApiParticulierDepuisEnv(e: Env): ConfigClientApiParticulier {
  return {
    ...REGLAGES_PAR_DEFAUT,
    urlApi: e.API_PARTICULIER_URL.replace(/\/+$/, ""),
    jetonCollectivite: e.API_PARTICULIER_TOKEN,
  };
}
