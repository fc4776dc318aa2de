import "server-only";

import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";
import { dependancesDepuisConfiguration, type DependancesDocuments } from "./dependances";

/** The application's upload machinery (validated env, application logger). */
export function dependancesDocuments(): DependancesDocuments {
  return dependancesDepuisConfiguration(env(), logger);
}

/** The limits told to the family next to the form. */
export function reglesDepotAffichees(): { tailleMaxMo: number; conservation: string } {
  const e = env();
  return {
    tailleMaxMo: e.DOCUMENTS_TAILLE_MAX_MO,
    conservation: e.DOCUMENTS_CONSERVATION_JOURS === 365 ? "un an" : `${e.DOCUMENTS_CONSERVATION_JOURS} jours`,
  };
}
