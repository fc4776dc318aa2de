// The upload machinery built from a validated configuration: storage folder, scanner, limits, logger. Jobs and
// tests call this with their own configuration; the application uses `dependancesDocuments()`.
import type { Env } from "@/lib/server/env";
import type { Logger } from "@/lib/server/logger";
import { antivirusDepuisConfiguration, type Antivirus } from "./antivirus";
import { stockageSurDisque, type StockageDocuments } from "./stockage";

interface ReglesDepot {
  tailleMaxOctets: number;
  conservationJours: number;
}

export interface DependancesDocuments {
  stockage: StockageDocuments;
  antivirus: Antivirus;
  regles: ReglesDepot;
  logger: Logger;
}

export type ConfigurationDocuments = Pick<
  Env,
  "STORAGE_DIR" | "CLAMD_ADRESSE" | "DOCUMENTS_TAILLE_MAX_MO" | "DOCUMENTS_CONSERVATION_JOURS"
>;

export function dependancesDepuisConfiguration(config: ConfigurationDocuments, logger: Logger): DependancesDocuments {
  return {
    stockage: stockageSurDisque(config.STORAGE_DIR),
    antivirus: antivirusDepuisConfiguration(config),
    regles: {
      tailleMaxOctets: config.DOCUMENTS_TAILLE_MAX_MO * 1024 * 1024,
      conservationJours: config.DOCUMENTS_CONSERVATION_JOURS,
    },
    logger,
  };
}
