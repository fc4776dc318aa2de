// `npm test`: every check, in order, each an npm script of its own (`npm run format:check`, `typecheck`, `lint`,
// `knip`, `test:unit`, `test:int`, `build`, `test:e2e`). All stages run; the exit code is non-zero when any failed.
// Each stage's time and the total are printed, then one line counting the tests the runners executed, so a run
// that executed no test cannot pass unnoticed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const racine = path.resolve(import.meta.dirname, "..");
const rapports = mkdtempSync(path.join(tmpdir(), "portail-test-"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "1" };

interface Compte {
  reussis: number;
  echoues: number;
  ignores: number;
}

interface Etape {
  nom: string;
  script: string;
  args?: string[];
  env?: Record<string, string>;
  /** Reads the runner's JSON report: how many tests passed, failed, were skipped. */
  compter?: () => Compte;
}

function lireJson<T>(fichier: string): T | null {
  return existsSync(fichier) ? (JSON.parse(readFileSync(fichier, "utf8")) as T) : null;
}

function vitest(nom: string, script: string): Etape {
  const fichier = path.join(rapports, `${script}.json`);
  return {
    nom,
    script,
    args: ["--reporter=verbose", "--reporter=json", `--outputFile.json=${fichier}`],
    compter: () => {
      const r = lireJson<{
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
      }>(fichier);
      return r
        ? { reussis: r.numPassedTests, echoues: r.numFailedTests, ignores: r.numPendingTests + r.numTodoTests }
        : { reussis: 0, echoues: 1, ignores: 0 };
    },
  };
}

const fichierE2e = path.join(rapports, "e2e.json");
const etapes: Etape[] = [
  { nom: "format (Prettier, prisma format)", script: "format:check" },
  { nom: "types (next typegen, tsc --noEmit)", script: "typecheck" },
  { nom: "lint (ESLint)", script: "lint" },
  { nom: "code inutilisé (knip)", script: "knip" },
  vitest("unitaires (vitest)", "test:unit"),
  vitest("intégration, PGlite et PostgreSQL (vitest)", "test:int"),
  { nom: "construction (next build, si les sources ont changé)", script: "build" },
  {
    nom: "bout en bout (Playwright, Chromium)",
    script: "test:e2e",
    args: ["--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: fichierE2e },
    compter: () => {
      const r = lireJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
        fichierE2e,
      );
      return r
        ? { reussis: r.stats.expected + r.stats.flaky, echoues: r.stats.unexpected, ignores: r.stats.skipped }
        : { reussis: 0, echoues: 1, ignores: 0 };
    },
  },
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
console.log(`Node ${process.version} — ${racine}`);
const debutTotal = Date.now();
const bilan: { nom: string; ok: boolean; secondes: number }[] = [];
const total: Compte = { reussis: 0, echoues: 0, ignores: 0 };
for (const e of etapes) {
  console.log(`\n━━━ ${e.nom} : npm run ${e.script} ━━━`);
  const debut = Date.now();
  const args = ["run", "-s", e.script, ...(e.args ? ["--", ...e.args] : [])];
  const r = spawnSync(npm, args, { cwd: racine, env: { ...env, ...e.env }, stdio: "inherit" });
  const ok = r.status === 0;
  if (e.compter) {
    const c = e.compter();
    total.reussis += c.reussis;
    total.echoues += c.echoues;
    total.ignores += c.ignores;
  }
  const secondes = Math.round((Date.now() - debut) / 1000);
  bilan.push({ nom: e.nom, ok, secondes });
  console.log(`━━━ ${ok ? "✔" : "✘"} ${e.nom} : ${secondes} s`);
}
rmSync(rapports, { recursive: true, force: true });

const duree = (s: number) => `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
console.log("\n━━━ Bilan ━━━");
for (const b of bilan) console.log(`${b.ok ? "✔" : "✘"} ${b.nom} (${duree(b.secondes)})`);
const echecs = bilan.filter((b) => !b.ok).length;
console.log(
  `${bilan.length - echecs} étapes réussies, ${echecs} en échec, en ${duree(Math.round((Date.now() - debutTotal) / 1000))}`,
);
console.log(`Tests: ${total.reussis} passed, ${total.echoues} failed, ${total.ignores} skipped`);
process.exit(echecs === 0 && total.echoues === 0 ? 0 : 1);
