// Shared by the DGFiP simulator and client test files: start a simulator (with a FranceConnect checktoken double and the
// contract validator watching every 200), obtain gateway tokens, call resources.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, expect } from "vitest";

import { CLIENT_DEMO, configParDefaut, type ConfigSimulateurDgfip } from "@/simulators/dgfip/config";
import { demarrerSimulateurDgfip, type SimulateurDgfip } from "@/simulators/dgfip/serveur";
import { chargerPopulation, type Persona } from "@/simulators/population/schema";
import { creerValidateurContrat, type ValidateurContrat } from "@/tests/support/contrat-dgfip";
import {
  demarrerDoubleFranceConnect,
  FOURNISSEUR_DGFIP,
  type DoubleFranceConnect,
} from "@/tests/support/franceconnect-checktoken-double";

const population = chargerPopulation();

export function persona(id: string): Persona {
  const p = population.personas.find((x) => x.id === id);
  if (!p) throw new Error(`persona inconnue : ${id}`);
  return p;
}

export interface Banc {
  sim: SimulateurDgfip;
  fc: DoubleFranceConnect;
  validateur: ValidateurContrat;
  /** Moves the simulator's clock forward. */
  avancer(ms: number): void;
  jeton(client?: { id: string; secret: string }, scope?: string): Promise<string>;
  appeler(chemin: string, options?: { jeton?: string; entetes?: Record<string, string> }): Promise<Response>;
  fermer(): Promise<void>;
}

/** `aujourdhui`: the simulator's date (AAAA-MM-JJ). */
export async function demarrerBanc(aujourdhui: string, surcharge: Partial<ConfigSimulateurDgfip> = {}): Promise<Banc> {
  const fc = await demarrerDoubleFranceConnect();
  const validateur = await creerValidateurContrat();
  const depart = Date.now();
  const origine = new Date(`${aujourdhui}T10:00:00Z`).getTime();
  let decalage = 0;
  const sim = await demarrerSimulateurDgfip(
    configParDefaut({
      port: 0,
      maintenant: () => new Date(origine + (Date.now() - depart) + decalage),
      franceConnect: { issuer: fc.issuer, ...FOURNISSEUR_DGFIP },
      surReponse: validateur.observer,
      ...surcharge,
    }),
  );
  const banc: Banc = {
    sim,
    fc,
    validateur,
    avancer: (ms) => {
      decalage += ms;
    },
    async jeton(client = CLIENT_DEMO, scope = "RessourceIR RessourceIRMultiple") {
      const res = await fetch(sim.urlJeton, {
        method: "POST",
        headers: {
          Authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}`,
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ grant_type: "client_credentials", scope }),
      });
      if (!res.ok) throw new Error(`jeton : ${res.status}`);
      return ((await res.json()) as { access_token: string }).access_token;
    },
    async appeler(chemin, options = {}) {
      const jeton = options.jeton ?? (await banc.jeton());
      return fetch(`${sim.urlApi}${chemin}`, {
        headers: {
          Authorization: `Bearer ${jeton}`,
          "X-Correlation-ID": randomUUID(),
          ID_Teleservice: "TEST",
          ...options.entetes,
        },
      });
    },
    async fermer() {
      await sim.fermer();
      await fc.fermer();
    },
  };
  return banc;
}

export async function erreurDe(res: Response): Promise<{ statut: number; code: string | undefined }> {
  const corps = (await res.json().catch(() => ({}))) as { erreur?: { code?: string } };
  return { statut: res.status, code: corps.erreur?.code };
}

/**
 * Declares a bench for the enclosing suite (started before, closed after) and returns it. At the end, every 200
 * the simulator sent during the suite must have conformed to the contract.
 */
export function utiliserBanc(aujourdhui: string, surcharge: Partial<ConfigSimulateurDgfip> = {}): Banc {
  let courant: Banc | undefined;
  beforeAll(async () => {
    courant = await demarrerBanc(aujourdhui, surcharge);
  });
  afterAll(async () => {
    if (!courant) return;
    const { reponses200, violations } = courant.validateur.bilan();
    await courant.fermer();
    expect(violations).toEqual([]);
    expect(reponses200).toBeGreaterThan(0);
  });
  return new Proxy({} as Banc, {
    get(_, propriete) {
      if (!courant) throw new Error("banc DGFiP pas encore démarré (utiliser dans un test ou un hook)");
      return Reflect.get(courant, propriete);
    },
  });
}
