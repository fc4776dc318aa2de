// Partagé par les tests du simulateur et du client API Particulier : un simulateur (avec un double du checktoken de
// FranceConnect et le validateur de contrat qui regarde chacune de ses réponses), et de quoi l'appeler.
import { afterAll, beforeAll, expect } from "vitest";

import { configParDefaut, JETON_DEMO, type ConfigSimulateurApiParticulier } from "@/simulators/api-particulier/config";
import { CHEMINS, type Modalite } from "@/simulators/api-particulier/contrat";
import { demarrerSimulateurApiParticulier, type SimulateurApiParticulier } from "@/simulators/api-particulier/serveur";
import {
  creerValidateurContratApiParticulier,
  type ValidateurContratApiParticulier,
} from "@/tests/support/contrat-api-particulier";
import {
  demarrerDoubleFranceConnect,
  FOURNISSEUR_API_PARTICULIER,
  type DoubleFranceConnect,
} from "@/tests/support/franceconnect-checktoken-double";

/** Un SIRET bien formé (clé de Luhn) et impossible (SIREN 000000001). */
export const SIRET_DE_TEST = "00000000100016";

export const SCOPES_CNAF = ["openid", "identite_pivot", "cnaf_quotient_familial", "cnaf_allocataires"];

export interface BancApiParticulier {
  sim: SimulateurApiParticulier;
  fc: DoubleFranceConnect;
  validateur: ValidateurContratApiParticulier;
  appeler(
    modalite: Modalite,
    parametres: Record<string, string | string[]>,
    options?: { jeton?: string; entetes?: Record<string, string> },
  ): Promise<Response>;
  fermer(): Promise<void>;
}

/** `aujourdhui` : la date du simulateur (AAAA-MM-JJ). */
async function demarrerBancApiParticulier(
  aujourdhui: string,
  surcharge: Partial<ConfigSimulateurApiParticulier> = {},
): Promise<BancApiParticulier> {
  const fc = await demarrerDoubleFranceConnect();
  const validateur = await creerValidateurContratApiParticulier();
  const depart = Date.now();
  const origine = new Date(`${aujourdhui}T10:00:00Z`).getTime();
  const sim = await demarrerSimulateurApiParticulier(
    configParDefaut({
      port: 0,
      maintenant: () => new Date(origine + (Date.now() - depart)),
      franceConnect: { issuer: fc.issuer, ...FOURNISSEUR_API_PARTICULIER },
      surReponse: validateur.observer,
      ...surcharge,
    }),
  );
  return {
    sim,
    fc,
    validateur,
    appeler(modalite, parametres, options = {}) {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(parametres)) for (const x of [v].flat()) q.append(k, x);
      return fetch(`${sim.url}${CHEMINS[modalite]}?${q.toString()}`, {
        headers: { Authorization: `Bearer ${options.jeton ?? JETON_DEMO}`, ...options.entetes },
      });
    },
    async fermer() {
      await sim.fermer();
      await fc.fermer();
    },
  };
}

/** Un banc par fichier de test ; à la fin, aucune réponse n'a violé le contrat. */
export function utiliserBancApiParticulier(
  aujourdhui: string,
  surcharge: Partial<ConfigSimulateurApiParticulier> = {},
) {
  let banc: BancApiParticulier | undefined;
  beforeAll(async () => {
    banc = await demarrerBancApiParticulier(aujourdhui, surcharge);
  }, 60_000);
  afterAll(async () => {
    const bilan = banc?.validateur.bilan();
    await banc?.fermer();
    expect(bilan?.violations).toEqual([]);
    expect(bilan?.reponses).toBeGreaterThan(0);
  });
  return new Proxy({} as BancApiParticulier, {
    get: (_, cle) => {
      if (!banc) throw new Error("banc API Particulier non démarré");
      return banc[cle as keyof BancApiParticulier];
    },
  });
}

export async function erreurDe(res: Response): Promise<{ statut: number; code: string | undefined }> {
  const corps = (await res.json()) as { errors?: { code: string }[] };
  return { statut: res.status, code: corps.errors?.[0]?.code };
}
