// The local stand-ins for FranceConnect, the DGFiP and API Particulier that `npm start` runs when the configuration points at them
// (their URLs on 127.0.0.1). Pointing the variables at the real services turns them off; no code changes.
import { existsSync } from "node:fs";
import path from "node:path";

import type { Env } from "../../lib/server/env";

export interface Simulateur {
  nom: string;
  entree: string;
  actif(config: Env): boolean;
  env(config: Env): Record<string, string>;
  sante(config: Env): string;
}

const racine = path.resolve(import.meta.dirname, "../..");
const local = (u: string) => ["127.0.0.1", "localhost"].includes(new URL(u).hostname);

export const SIMULATEURS: Simulateur[] = [
  {
    nom: "FranceConnect",
    entree: "simulators/franceconnect/main.ts",
    actif: (c) => local(c.FRANCECONNECT_ISSUER) && existsSync(path.join(racine, "simulators/franceconnect/main.ts")),
    env: (c) => ({
      SIMULATEUR_FRANCECONNECT_PORT: new URL(c.FRANCECONNECT_ISSUER).port || "80",
      SIMULATEUR_FRANCECONNECT_ISSUER: c.FRANCECONNECT_ISSUER,
    }),
    sante: (c) => `${c.FRANCECONNECT_ISSUER}/.well-known/openid-configuration`,
  },
  {
    // The same OpenID Provider in its ProConnect profile, on the port of PROCONNECT_ISSUER (its own origin).
    nom: "ProConnect",
    entree: "simulators/franceconnect/main.ts",
    actif: (c) =>
      !!c.PROCONNECT_ISSUER &&
      local(c.PROCONNECT_ISSUER) &&
      existsSync(path.join(racine, "simulators/franceconnect/main.ts")),
    env: (c) => ({
      SIMULATEUR_FRANCECONNECT_PROFIL: "proconnect",
      SIMULATEUR_FRANCECONNECT_PORT: new URL(c.PROCONNECT_ISSUER!).port || "80",
      SIMULATEUR_FRANCECONNECT_ISSUER: c.PROCONNECT_ISSUER!,
      SIMULATEUR_FRANCECONNECT_CLIENTS:
        process.env.SIMULATEUR_PROCONNECT_CLIENTS ||
        path.join(racine, "simulators/franceconnect/clients-proconnect.json"),
      SIMULATEUR_FRANCECONNECT_DONNEES: process.env.SIMULATEUR_PROCONNECT_DONNEES || ".data/simulateurs/proconnect",
    }),
    sante: (c) => `${c.PROCONNECT_ISSUER}/.well-known/openid-configuration`,
  },
  {
    nom: "DGFiP",
    entree: "simulators/dgfip/main.ts",
    actif: (c) => local(c.DGFIP_API_URL) && existsSync(path.join(racine, "simulators/dgfip/main.ts")),
    env: (c) => ({
      DGFIP_SIM_PORT: new URL(c.DGFIP_API_URL).port || "80",
      DGFIP_SIM_FRANCECONNECT_ISSUER: c.FRANCECONNECT_ISSUER,
    }),
    sante: (c) => new URL("/sante", c.DGFIP_API_URL).toString(),
  },
  {
    nom: "API Particulier",
    entree: "simulators/api-particulier/main.ts",
    actif: (c) => local(c.API_PARTICULIER_URL) && existsSync(path.join(racine, "simulators/api-particulier/main.ts")),
    env: (c) => ({
      API_PARTICULIER_SIM_PORT: new URL(c.API_PARTICULIER_URL).port || "80",
      API_PARTICULIER_SIM_JETONS: c.API_PARTICULIER_TOKEN,
      API_PARTICULIER_SIM_FRANCECONNECT_ISSUER: c.FRANCECONNECT_ISSUER,
    }),
    sante: (c) => new URL("/sante", c.API_PARTICULIER_URL).toString(),
  },
];
