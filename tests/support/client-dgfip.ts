// Builds the real HTTP adapter against a simulator bench, with an in-memory call log, a fetch that can inject a
// fault header and counts gateway token requests, and a recorder of retry waits.
import { randomUUID } from "node:crypto";

import { creerClientDgfip, type DependancesClientDgfip } from "@/lib/integrations/dgfip/client-http";
import { REGLAGES_PAR_DEFAUT, type ConfigClientDgfip } from "@/lib/integrations/dgfip/config";
import type { AppelJournalise } from "@/lib/integrations/dgfip/dependances";
import type { ApiImpotParticulier } from "@/lib/integrations/dgfip/port";
import { CLIENT_DEMO } from "@/simulators/dgfip/config";
import type { Banc } from "./banc-dgfip";

export interface ClientDeTest {
  api: ApiImpotParticulier;
  journal: AppelJournalise[];
  /** Requests sent to the resources (headers as sent). */
  requetes: { url: string; entetes: Headers }[];
  appelsJeton(): number;
  attentes: number[];
}

export interface OptionsClientDeTest {
  config?: Partial<ConfigClientDgfip>;
  deps?: DependancesClientDgfip;
  /** X-Simulateur-Panne sent with every resource request. */
  panne?: string;
  /** Rewrites headers before sending (to provoke a 400 from the gateway, say). */
  alterer?: (entetes: Headers) => void;
  /** Really sleep between retries (default: record the wait and go on at once). */
  attendreVraiment?: boolean;
}

/** A fault that applies only to the first `fois` requests of this client. */
export const panneFois = (directive: string, fois: number) => `${directive};fois=${fois};cle=${randomUUID()}`;

export function clientDeTest(b: Banc, options: OptionsClientDeTest = {}): ClientDeTest {
  const journal: AppelJournalise[] = [];
  const requetes: ClientDeTest["requetes"] = [];
  const attentes: number[] = [];
  let jetons = 0;
  const fetcher: typeof fetch = async (entree, init) => {
    const url = String(entree);
    if (url === b.sim.urlJeton) {
      jetons += 1;
      return fetch(entree, init);
    }
    const entetes = new Headers(init?.headers);
    if (options.panne) entetes.set("X-Simulateur-Panne", options.panne);
    options.alterer?.(entetes);
    requetes.push({ url, entetes });
    return fetch(entree, { ...init, headers: entetes });
  };
  const api = creerClientDgfip(
    {
      ...REGLAGES_PAR_DEFAUT,
      urlApi: b.sim.urlApi,
      urlJeton: b.sim.urlJeton,
      clientId: CLIENT_DEMO.id,
      clientSecret: CLIENT_DEMO.secret,
      idTeleservice: "PORTAIL-FAMILLE-TEST",
      ...options.config,
    },
    {
      fetch: fetcher,
      journal: { enregistrer: async (a) => void journal.push(a) },
      attendre: async (ms) => {
        attentes.push(ms);
        if (options.attendreVraiment) await new Promise((r) => setTimeout(r, ms));
      },
      ...options.deps,
    },
  );
  return { api, journal, requetes, appelsJeton: () => jetons, attentes };
}
