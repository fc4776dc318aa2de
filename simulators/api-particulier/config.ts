// Configuration du simulateur API Particulier : un objet simple pour les tests (`demarrerSimulateurApiParticulier`),
// lu dans les variables d'environnement par `main.ts`. Le simulateur est son propre processus : il ne lit pas le
// module d'environnement du portail.
import { z } from "zod";

import type { FranceConnectFournisseurDonnees } from "../dgfip/config";
import type { Population } from "../population/schema";

/** Ce que le simulateur dit de chaque réponse envoyée (les tests valident chacune contre le contrat). */
export interface ReponseObservee {
  operationId: string | null;
  statut: number;
  typeContenu: string | null;
  corps: string;
  entetes: Record<string, string>;
  /** Réponse volontairement dégradée par une panne injectée (statut hors contrat, corps mal formé…). */
  panneInjectee: boolean;
}

export interface ConfigSimulateurApiParticulier {
  hote: string;
  /** 0 : un port libre (tests). */
  port: number;
  /** « Aujourd'hui » du simulateur : le mois en cours en découle. */
  maintenant: () => Date;
  /** Jetons de collectivité acceptés (modalité identité). */
  jetons: string[];
  /** Appels par seconde et par jeton (fenêtre glissante d'une seconde) ; au-delà : 429. */
  debitParSeconde: number;
  /** Durée du cache de réponses (24 h chez API Particulier) ; `Cache-Control: no-cache` le contourne. */
  dureeCacheSecondes: number;
  franceConnect: FranceConnectFournisseurDonnees | null;
  /** Panne appliquée à chaque appel de ce passage (même syntaxe que l'en-tête X-Simulateur-Panne). */
  panneGlobale: string | null;
  population?: Population;
  surReponse?: (r: ReponseObservee) => void;
}

export const JETON_DEMO = "demo-jeton-api-particulier-0000000000";

const FRANCECONNECT_DEMO: FranceConnectFournisseurDonnees = {
  issuer: "http://127.0.0.1:4000/api/v2",
  clientId: "api-particulier-simulateur",
  clientSecret: "demo-secret-fd-api-particulier-0",
};

export function configParDefaut(
  surcharge: Partial<ConfigSimulateurApiParticulier> = {},
): ConfigSimulateurApiParticulier {
  return {
    hote: "127.0.0.1",
    port: 4020,
    maintenant: () => new Date(),
    jetons: [JETON_DEMO],
    debitParSeconde: 20,
    dureeCacheSecondes: 86_400,
    franceConnect: FRANCECONNECT_DEMO,
    panneGlobale: null,
    ...surcharge,
  };
}

const schemaEnv = z.object({
  API_PARTICULIER_SIM_HOTE: z.string().min(1).default("127.0.0.1"),
  API_PARTICULIER_SIM_PORT: z.coerce.number().int().min(0).max(65535).default(4020),
  API_PARTICULIER_SIM_AUJOURDHUI: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ")
    .optional(),
  // « jeton1,jeton2 »
  API_PARTICULIER_SIM_JETONS: z.string().min(1).default(JETON_DEMO),
  API_PARTICULIER_SIM_DEBIT: z.coerce.number().int().min(1).default(20),
  API_PARTICULIER_SIM_FRANCECONNECT_ISSUER: z.url().default(FRANCECONNECT_DEMO.issuer),
  API_PARTICULIER_SIM_FD_CLIENT_ID: z.string().min(1).default(FRANCECONNECT_DEMO.clientId),
  API_PARTICULIER_SIM_FD_CLIENT_SECRET: z.string().min(1).default(FRANCECONNECT_DEMO.clientSecret),
  API_PARTICULIER_SIM_PANNE: z.string().min(1).optional(),
});

/** Lit la configuration du simulateur dans l'environnement (tout est facultatif, valeurs de démonstration). */
export function lireConfigSimulateurApiParticulier(
  env: Record<string, string | undefined>,
): ConfigSimulateurApiParticulier {
  const r = schemaEnv.safeParse(env);
  if (!r.success) {
    const lignes = r.error.issues.map((i) => `  - ${i.path.join(".")} : ${i.message}`);
    throw new Error(`Configuration du simulateur API Particulier invalide :\n${lignes.join("\n")}`);
  }
  const e = r.data;
  const aujourdhui = e.API_PARTICULIER_SIM_AUJOURDHUI;
  return configParDefaut({
    hote: e.API_PARTICULIER_SIM_HOTE,
    port: e.API_PARTICULIER_SIM_PORT,
    maintenant: aujourdhui ? () => new Date(`${aujourdhui}T${new Date().toISOString().slice(11)}`) : () => new Date(),
    jetons: e.API_PARTICULIER_SIM_JETONS.split(",")
      .map((j) => j.trim())
      .filter(Boolean),
    debitParSeconde: e.API_PARTICULIER_SIM_DEBIT,
    franceConnect: {
      issuer: e.API_PARTICULIER_SIM_FRANCECONNECT_ISSUER,
      clientId: e.API_PARTICULIER_SIM_FD_CLIENT_ID,
      clientSecret: e.API_PARTICULIER_SIM_FD_CLIENT_SECRET,
    },
    panneGlobale: e.API_PARTICULIER_SIM_PANNE ?? null,
  });
}
