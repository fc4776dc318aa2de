// Configuration of the FranceConnect simulator: environment variables (main.ts) or an object (tests).
// The simulator is its own process and does not use the portal's lib/server/env.ts.
import path from "node:path";

import { z } from "zod";

import type { ProfilSimulateur } from "./proconnect";

export const CHEMIN_CLIENTS_PAR_DEFAUT = path.join(import.meta.dirname, "clients.json");

export interface ConfigurationSimulateurFranceConnect {
  /** Interface to listen on. */
  hote: string;
  /** 0 = any free port (tests). */
  port: number;
  /** Issuer URL; by default `http://<hote>:<port>/api/v2` (computed once the port is known). */
  issuer?: string;
  /** Folder of the persistent state (signing keys). */
  dossierDonnees: string;
  /** Service providers and data providers fixture. */
  cheminClients: string;
  /** Lifetimes, in seconds. FranceConnect: access token 60 s, authorization code 30 s, session 30 min. */
  dureeAccessToken: number;
  dureeCode: number;
  dureeSession: number;
  niveauLog: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** FranceConnect (default) or ProConnect (scopes, claims and `acr` of ProConnect; see proconnect.ts). */
  profil: ProfilSimulateur;
}

const entier = (defaut: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(defaut);

const schemaEnv = z.object({
  SIMULATEUR_FRANCECONNECT_HOTE: z.string().min(1).default("127.0.0.1"),
  SIMULATEUR_FRANCECONNECT_PORT: entier(4000, 0, 65535),
  SIMULATEUR_FRANCECONNECT_ISSUER: z.url({ protocol: /^https?$/, error: "doit être une URL http(s)" }).optional(),
  SIMULATEUR_FRANCECONNECT_DONNEES: z.string().min(1).default(".data/simulateurs/franceconnect"),
  SIMULATEUR_FRANCECONNECT_CLIENTS: z.string().min(1).default(CHEMIN_CLIENTS_PAR_DEFAUT),
  SIMULATEUR_FRANCECONNECT_DUREE_ACCESS_TOKEN: entier(60, 1, 86_400),
  SIMULATEUR_FRANCECONNECT_DUREE_CODE: entier(30, 1, 3_600),
  SIMULATEUR_FRANCECONNECT_DUREE_SESSION: entier(1_800, 60, 86_400),
  SIMULATEUR_FRANCECONNECT_LOG: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SIMULATEUR_FRANCECONNECT_PROFIL: z
    .enum(["franceconnect", "proconnect"], { error: "franceconnect ou proconnect" })
    .default("franceconnect"),
});

/** Reads the configuration from environment variables; throws a French message naming the faulty variable. */
export function lireConfigurationEnv(env: Record<string, string | undefined>): ConfigurationSimulateurFranceConnect {
  const r = schemaEnv.safeParse(env);
  if (!r.success) {
    const problemes = r.error.issues.map((i) => `  - ${i.path.join(".")} : ${i.message}`);
    throw new Error(`Configuration du simulateur FranceConnect invalide :\n${problemes.join("\n")}`);
  }
  const e = r.data;
  return {
    hote: e.SIMULATEUR_FRANCECONNECT_HOTE,
    port: e.SIMULATEUR_FRANCECONNECT_PORT,
    issuer: e.SIMULATEUR_FRANCECONNECT_ISSUER?.replace(/\/$/, ""),
    dossierDonnees: e.SIMULATEUR_FRANCECONNECT_DONNEES,
    cheminClients: e.SIMULATEUR_FRANCECONNECT_CLIENTS,
    dureeAccessToken: e.SIMULATEUR_FRANCECONNECT_DUREE_ACCESS_TOKEN,
    dureeCode: e.SIMULATEUR_FRANCECONNECT_DUREE_CODE,
    dureeSession: e.SIMULATEUR_FRANCECONNECT_DUREE_SESSION,
    niveauLog: e.SIMULATEUR_FRANCECONNECT_LOG,
    profil: e.SIMULATEUR_FRANCECONNECT_PROFIL,
  };
}

/** Defaults completed by a partial configuration (tests pass only what they change). */
export function completerConfiguration(
  partielle: Partial<ConfigurationSimulateurFranceConnect> = {},
): ConfigurationSimulateurFranceConnect {
  return { ...lireConfigurationEnv({}), ...partielle };
}
