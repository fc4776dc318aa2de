// Construit le vrai adaptateur HTTP d'API Particulier contre un banc de simulateur, avec un journal des appels en
// mémoire, un fetch qui peut injecter une panne et garde les requêtes envoyées, et un relevé des attentes.
import { randomUUID } from "node:crypto";

import {
  creerClientApiParticulier,
  type DependancesClientApiParticulier,
} from "@/lib/integrations/api-particulier/client-http";
import { REGLAGES_PAR_DEFAUT, type ConfigClientApiParticulier } from "@/lib/integrations/api-particulier/config";
import type { AppelJournalise } from "@/lib/integrations/api-particulier/dependances";
import type { ApiParticulier } from "@/lib/integrations/api-particulier/port";
import { JETON_DEMO } from "@/simulators/api-particulier/config";
import { SIRET_DE_TEST, type BancApiParticulier } from "./banc-api-particulier";

export interface ClientApiParticulierDeTest {
  api: ApiParticulier;
  journal: AppelJournalise[];
  requetes: { url: string; entetes: Headers }[];
  attentes: number[];
}

export interface OptionsClientApiParticulierDeTest {
  config?: Partial<ConfigClientApiParticulier>;
  deps?: Partial<DependancesClientApiParticulier>;
  /** X-Simulateur-Panne envoyé avec chaque requête. */
  panne?: string;
  /** Dormir vraiment entre deux essais (défaut : noter l'attente et continuer aussitôt). */
  attendreVraiment?: boolean;
}

/** Une panne qui ne vaut que pour les `fois` premières requêtes de ce client. */
export const panneFois = (directive: string, fois: number) => `${directive};fois=${fois};cle=${randomUUID()}`;

export function clientApiParticulierDeTest(
  b: BancApiParticulier,
  options: OptionsClientApiParticulierDeTest = {},
): ClientApiParticulierDeTest {
  const journal: AppelJournalise[] = [];
  const requetes: ClientApiParticulierDeTest["requetes"] = [];
  const attentes: number[] = [];
  const fetcher: typeof fetch = async (entree, init) => {
    const entetes = new Headers(init?.headers);
    if (options.panne) entetes.set("X-Simulateur-Panne", options.panne);
    requetes.push({ url: String(entree), entetes });
    return fetch(entree, { ...init, headers: entetes });
  };
  const api = creerClientApiParticulier(
    { ...REGLAGES_PAR_DEFAUT, urlApi: b.sim.url, jetonCollectivite: JETON_DEMO, ...options.config },
    {
      siret: async () => SIRET_DE_TEST,
      fetch: fetcher,
      journal: { enregistrer: async (a) => void journal.push(a) },
      attendre: async (ms) => {
        attentes.push(ms);
        if (options.attendreVraiment) await new Promise((r) => setTimeout(r, ms));
      },
      ...options.deps,
    },
  );
  return { api, journal, requetes, attentes };
}
