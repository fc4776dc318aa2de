// The configuration the command-line scripts share: `.env` (or, when `avecExemple`, the committed `.env.example`
// if there is no `.env`) loaded under the process environment, which wins, then validated by `lireEnv`. An invalid
// configuration stops the script with the French message naming each variable, and the file that was read.
import { existsSync } from "node:fs";
import path from "node:path";

import { ConfigurationInvalide, lireEnv, type Env } from "../../lib/server/env";

export function lireConfiguration(racine: string, { avecExemple }: { avecExemple: boolean }): Env {
  const fichierEnv = existsSync(path.join(racine, ".env")) ? ".env" : avecExemple ? ".env.example" : null;
  if (fichierEnv) process.loadEnvFile(path.join(racine, fichierEnv));
  try {
    return lireEnv(process.env);
  } catch (e) {
    if (e instanceof ConfigurationInvalide) {
      console.error(`\n${e.message}\n${fichierEnv ? `(fichier lu : ${fichierEnv})\n` : ""}`);
      process.exit(1);
    }
    throw e;
  }
}
