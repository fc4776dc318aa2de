// `npm test`: every check, in order — types, lint, unit and integration tests (PGlite and PostgreSQL), then
// end-to-end tests in Debian's Chromium against the production build. All stages run; the exit code is non-zero
// when any of them failed.
import { spawnSync } from "node:child_process";
import path from "node:path";

import { assurerChromium } from "./lib/chromium";

const racine = path.resolve(import.meta.dirname, "..");
const bin = (n: string) => path.join(racine, "node_modules/.bin", n);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "1" };

interface Etape {
  nom: string;
  avant?: () => void;
  commande: string;
  args: string[];
}

const etapes: Etape[] = [
  { nom: "types (tsc --noEmit)", commande: bin("tsc"), args: ["--noEmit"] },
  { nom: "lint (eslint .)", commande: bin("eslint"), args: [".", "--max-warnings", "0"] },
  { nom: "unitaires et intégration (vitest)", commande: bin("vitest"), args: ["run"] },
  { nom: "bout en bout (Playwright, Chromium)", avant: assurerChromium, commande: bin("playwright"), args: ["test"] },
];

const bilan: { nom: string; ok: boolean; secondes: number }[] = [];
for (const e of etapes) {
  console.log(`\n━━━ ${e.nom} ━━━`);
  const debut = Date.now();
  let ok: boolean;
  try {
    e.avant?.();
    ok = spawnSync(e.commande, e.args, { cwd: racine, env, stdio: "inherit" }).status === 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    ok = false;
  }
  bilan.push({ nom: e.nom, ok, secondes: Math.round((Date.now() - debut) / 1000) });
}

console.log("\n━━━ Bilan ━━━");
for (const b of bilan) console.log(`${b.ok ? "✔" : "✘"} ${b.nom} (${b.secondes} s)`);
const echecs = bilan.filter((b) => !b.ok).length;
console.log(`${bilan.length - echecs} étapes réussies, ${echecs} en échec`);
process.exit(echecs === 0 ? 0 : 1);
