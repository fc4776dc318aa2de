import "server-only";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";
import { dependancesDepuisConfiguration, type DependancesDocuments } from "./dependances";

/** The application's upload machinery (validated env, application logger). */
export function dependancesDocuments(): DependancesDocuments {
  return dependancesDepuisConfiguration(env(), logger);
}
