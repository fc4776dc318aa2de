// Configuration of the DGFiP simulator: a plain object for tests (`demarrerSimulateurDgfip(config)`), read from
// environment variables by `main.ts`. The simulator is its own process and does not read the portal's env module.
import { z } from "zod";

import type { Population } from "../population/schema";

export interface ClientPasserelle {
  id: string;
  secret: string;
  /** Gateway scopes this application may obtain (habilitation): RessourceIR, RessourceIRMultiple… */
  scopes: string[];
}

export interface FranceConnectFournisseurDonnees {
  /** FranceConnect issuer, e.g. http://127.0.0.1:4000/api/v2 (checktoken and jwks live under it). */
  issuer: string;
  /** The DGFiP simulator's data-provider credentials at FranceConnect. */
  clientId: string;
  clientSecret: string;
}

/** What the simulator reports about each answer it sends (tests validate every 200 against the contract). */
export interface ReponseObservee {
  operationId: string | null;
  statut: number;
  typeContenu: string | null;
  corps: string;
  /** The answer was deliberately broken by an injected fault (malformed body…). */
  panneInjectee: boolean;
}

export interface ConfigSimulateurDgfip {
  hote: string;
  /** 0: any free port (tests). */
  port: number;
  /** The simulator's "today": year availability follows it. */
  maintenant: () => Date;
  /** Income year → date (AAAA-MM-JJ) from which it is taxed, hence available. Default: 20 July of the next year. */
  datesTaxation: Record<number, string>;
  clients: ClientPasserelle[];
  dureeJetonSecondes: number;
  /** Calls per minute per gateway application (fixed one-minute windows); over it: 429. */
  quotaParMinute: number;
  franceConnect: FranceConnectFournisseurDonnees | null;
  /** Fault applied to every resource call of this run (same syntax as the X-Simulateur-Panne header). */
  panneGlobale: string | null;
  /** Answer form applied to every 200 of this run (same syntax as the X-Simulateur-Variante header). */
  varianteGlobale: string | null;
  population?: Population;
  surReponse?: (r: ReponseObservee) => void;
}

export const CLIENT_DEMO: ClientPasserelle = {
  id: "portail-famille-demo",
  secret: "demo-secret-client-dgfip-00000000",
  scopes: ["RessourceIR", "RessourceIRMultiple"],
};

const FRANCECONNECT_DEMO: FranceConnectFournisseurDonnees = {
  issuer: "http://127.0.0.1:4000/api/v2",
  clientId: "dgfip-simulateur",
  clientSecret: "demo-secret-fd-dgfip-0000000000",
};

export function configParDefaut(surcharge: Partial<ConfigSimulateurDgfip> = {}): ConfigSimulateurDgfip {
  return {
    hote: "127.0.0.1",
    port: 4010,
    maintenant: () => new Date(),
    datesTaxation: {},
    clients: [CLIENT_DEMO],
    dureeJetonSecondes: 3600,
    quotaParMinute: 600,
    franceConnect: FRANCECONNECT_DEMO,
    panneGlobale: null,
    varianteGlobale: null,
    ...surcharge,
  };
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ");

const schemaEnv = z.object({
  DGFIP_SIM_HOTE: z.string().min(1).default("127.0.0.1"),
  DGFIP_SIM_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  DGFIP_SIM_AUJOURDHUI: date.optional(),
  // « 2025=2026-07-22,2024=2025-07-20 »
  DGFIP_SIM_TAXATION: z
    .string()
    .regex(/^(\d{4}=\d{4}-\d{2}-\d{2})(,\d{4}=\d{4}-\d{2}-\d{2})*$/, "attendu : 2025=2026-07-22,2024=2025-07-20")
    .optional(),
  // « id:secret:RessourceIR+RessourceIRMultiple,autre:secret2:RessourceIR »
  DGFIP_SIM_CLIENTS: z
    .string()
    .regex(/^[^:,]+:[^:,]+:[A-Za-z0-9+]+(,[^:,]+:[^:,]+:[A-Za-z0-9+]+)*$/)
    .optional(),
  DGFIP_SIM_DUREE_JETON: z.coerce.number().int().min(1).default(3600),
  DGFIP_SIM_QUOTA_PAR_MINUTE: z.coerce.number().int().min(1).default(600),
  DGFIP_SIM_FRANCECONNECT_ISSUER: z.url().default(FRANCECONNECT_DEMO.issuer),
  DGFIP_SIM_FD_CLIENT_ID: z.string().min(1).default(FRANCECONNECT_DEMO.clientId),
  DGFIP_SIM_FD_CLIENT_SECRET: z.string().min(1).default(FRANCECONNECT_DEMO.clientSecret),
  DGFIP_SIM_PANNE: z.string().min(1).optional(),
  DGFIP_SIM_VARIANTE: z.string().min(1).optional(),
});

/** Reads the simulator's configuration from environment variables (all optional, demo defaults). */
export function lireConfigSimulateurDgfip(env: Record<string, string | undefined>): ConfigSimulateurDgfip {
  const r = schemaEnv.safeParse(env);
  if (!r.success) {
    const lignes = r.error.issues.map((i) => `  - ${i.path.join(".")} : ${i.message}`);
    throw new Error(`Configuration du simulateur DGFiP invalide :\n${lignes.join("\n")}`);
  }
  const e = r.data;
  const aujourdhui = e.DGFIP_SIM_AUJOURDHUI;
  return configParDefaut({
    hote: e.DGFIP_SIM_HOTE,
    port: e.DGFIP_SIM_PORT,
    // A fixed "today" keeps the current time of day, so tokens and quotas still move forward.
    maintenant: aujourdhui ? () => new Date(`${aujourdhui}T${new Date().toISOString().slice(11)}`) : () => new Date(),
    datesTaxation: Object.fromEntries(
      (e.DGFIP_SIM_TAXATION?.split(",") ?? []).map((p) => {
        const [annee, jour] = p.split("=");
        return [Number(annee), jour as string];
      }),
    ),
    clients: e.DGFIP_SIM_CLIENTS
      ? e.DGFIP_SIM_CLIENTS.split(",").map((c) => {
          const [id, secret, scopes] = c.split(":") as [string, string, string];
          return { id, secret, scopes: scopes.split("+") };
        })
      : [CLIENT_DEMO],
    dureeJetonSecondes: e.DGFIP_SIM_DUREE_JETON,
    quotaParMinute: e.DGFIP_SIM_QUOTA_PAR_MINUTE,
    franceConnect: {
      issuer: e.DGFIP_SIM_FRANCECONNECT_ISSUER,
      clientId: e.DGFIP_SIM_FD_CLIENT_ID,
      clientSecret: e.DGFIP_SIM_FD_CLIENT_SECRET,
    },
    panneGlobale: e.DGFIP_SIM_PANNE ?? null,
    varianteGlobale: e.DGFIP_SIM_VARIANTE ?? null,
  });
}
