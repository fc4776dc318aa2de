import { lireEnv, type Env } from "@/lib/server/env";
import { VARIABLES_DE_TEST } from "./variables-env";

/** A valid configuration for tests, with overrides. */
export function envDeTest(surcharges: Record<string, string> = {}): Env {
  return lireEnv({ ...VARIABLES_DE_TEST, ...surcharges });
}
