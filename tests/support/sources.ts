// Les fichiers TypeScript du dépôt, pour les tests transverses qui lisent le code comme du texte (tests/lint/).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const RACINE = path.join(import.meta.dirname, "../..");

/** Chemins relatifs à la racine des .ts et .tsx sous `dossier`, client Prisma généré exclu. */
export function fichiersTypeScript(dossier: string): string[] {
  return readdirSync(path.join(RACINE, dossier)).flatMap((n) => {
    const rel = `${dossier}/${n}`;
    if (rel === "lib/generated") return [];
    if (statSync(path.join(RACINE, rel)).isDirectory()) return fichiersTypeScript(rel);
    return /\.tsx?$/.test(n) ? [rel] : [];
  });
}

export const estUnTest = (f: string) => /\.test\.tsx?$/.test(f);
