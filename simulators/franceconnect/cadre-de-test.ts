// Vitest frame of the simulator's integration tests: one simulator for the file, with a configured OIDC client.
// Kept apart from outils-de-test.ts, which the measuring script also imports outside vitest.
import type * as oidc from "openid-client";
import { afterAll, beforeAll } from "vitest";

import { configurerClient, demarrer } from "./outils-de-test";
import type { OptionsSimulateurFranceConnect, SimulateurFranceConnect } from "./simulateur";

export interface SimulateurPartage {
  sim: SimulateurFranceConnect;
  /** The portal's client (portail-famille-demo). */
  config: oidc.Configuration;
  /** The simulator's origin, which the test browser follows. */
  origine: string;
}

export function simulateurPartage(options: OptionsSimulateurFranceConnect = {}): SimulateurPartage {
  const etat = {} as SimulateurPartage;
  beforeAll(async () => {
    etat.sim = await demarrer(options);
    etat.config = await configurerClient(etat.sim.url);
    etat.origine = new URL(etat.sim.url).origin;
  });
  afterAll(() => etat.sim?.fermer());
  return etat;
}
