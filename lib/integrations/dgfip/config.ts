// The HTTP adapter's configuration: a plain object (tests build it), made from the validated environment by the
// application. Timings have defaults suited to a citizen waiting for a page.
import type { Env } from "@/lib/server/env";

export interface ConfigClientDgfip {
  /** Base of the API, …/impotparticulier/1.0 (DGFIP_API_URL). */
  urlApi: string;
  urlJeton: string;
  clientId: string;
  clientSecret: string;
  idTeleservice: string;
  /** Gateway scopes asked for with the token. */
  scopes: string[];
  /** Timeout of one attempt (shortened to the FranceConnect token's remaining life). */
  delaiAppelMs: number;
  delaiJetonMs: number;
  /** Attempts per call, the first included (429, 5xx, timeouts are retried). */
  tentativesMax: number;
  attenteBaseMs: number;
  attenteMaxMs: number;
  margeRenouvellementJetonMs: number;
  /** Longest wait for a slot of the shared quota before answering `quota`. */
  attenteQuotaMaxMs: number;
}

export const REGLAGES_PAR_DEFAUT = {
  scopes: ["RessourceIR", "RessourceIRMultiple"],
  delaiAppelMs: 5_000,
  delaiJetonMs: 5_000,
  tentativesMax: 3,
  attenteBaseMs: 200,
  attenteMaxMs: 2_000,
  margeRenouvellementJetonMs: 60_000,
  attenteQuotaMaxMs: 2_000,
} satisfies Partial<ConfigClientDgfip>;

export function configClientDgfipDepuisEnv(e: Env): ConfigClientDgfip {
  return {
    ...REGLAGES_PAR_DEFAUT,
    urlApi: e.DGFIP_API_URL.replace(/\/+$/, ""),
    urlJeton: e.DGFIP_TOKEN_URL,
    clientId: e.DGFIP_CLIENT_ID,
    clientSecret: e.DGFIP_CLIENT_SECRET,
    idTeleservice: e.DGFIP_ID_TELESERVICE,
    scopes: e.DGFIP_SCOPES.split(/\s+/).filter(Boolean),
    delaiAppelMs: e.DGFIP_DELAI_MS,
    tentativesMax: e.DGFIP_TENTATIVES_MAX,
    attenteQuotaMaxMs: e.DGFIP_ATTENTE_QUOTA_MAX_MS,
  };
}
