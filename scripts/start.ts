// `npm start`: one command for a working portal. Reads .env (or the committed .env.example), validates it, builds
// when the sources changed since the last build, starts the configured simulators, then serves the production
// build. The portal process itself migrates the database, seeds the demo when it is empty and runs the jobs
// (lib/server/boot.ts). Variables already set in the environment win over the file.
//
// Options: `--build` forces a build; `--construire-seulement` builds when needed and stops (`npm run build`);
// `--dev` serves Next's development server with hot reload instead of the build (`npm run dev`);
// `--sans-simulateurs` leaves the simulators to another process (the end-to-end embedded portal shares them).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

import { lireConfiguration } from "./lib/configuration";
import { ecrireEmpreinteConstruite, empreinteSources, lireEmpreinteConstruite } from "./lib/empreinte-sources";
import { SIMULATEURS, type Simulateur } from "./lib/simulateurs";

const racine = path.resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const forcerBuild = args.has("--build");
const construireSeulement = args.has("--construire-seulement");
const dev = args.has("--dev");
const sansSimulateurs = args.has("--sans-simulateurs");

const config = lireConfiguration(racine, { avecExemple: true });

const envEnfants: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: dev ? "development" : "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: config.PORTAIL_URL,
};

const enfants: ChildProcess[] = [];
let arret = false;

function arreter(code: number) {
  if (arret) return;
  arret = true;
  for (const e of enfants) if (e.exitCode === null) e.kill("SIGTERM");
  setTimeout(() => process.exit(code), 3_000).unref();
  Promise.all(enfants.map((e) => (e.exitCode === null ? new Promise((r) => e.once("exit", r)) : null))).then(() =>
    process.exit(code),
  );
}
process.on("SIGINT", () => arreter(0));
process.on("SIGTERM", () => arreter(0));

function lancer(nom: string, commande: string, argv: string[], env = envEnfants): ChildProcess {
  const enfant = spawn(commande, argv, { cwd: racine, env, stdio: ["ignore", "inherit", "inherit"] });
  enfant.on("exit", (code, signal) => {
    if (!arret) {
      console.error(`[${nom}] s'est arrêté (code ${code ?? signal}) : arrêt du portail.`);
      arreter(code || 1);
    }
  });
  enfants.push(enfant);
  return enfant;
}

async function attendreUrl(
  url: string,
  delaiMs: number,
  ok: (r: Response) => boolean = (r) => r.status < 500,
): Promise<void> {
  const fin = Date.now() + delaiMs;
  for (;;) {
    try {
      if (ok(await fetch(url, { signal: AbortSignal.timeout(2_000) }))) return;
    } catch {
      // not listening yet
    }
    if (arret) throw new Error("arrêt demandé");
    if (Date.now() > fin) throw new Error(`${url} ne répond pas après ${Math.round(delaiMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// 1. Build when needed (the development server compiles on demand instead).
const next = path.join(racine, "node_modules/.bin/next");
if (!dev) {
  const empreinte = empreinteSources(racine);
  if (forcerBuild || lireEmpreinteConstruite(racine) !== empreinte) {
    console.log("Construction de l'application (les sources ont changé depuis la dernière construction)…");
    const debut = Date.now();
    const r = spawnSync(next, ["build"], { cwd: racine, env: envEnfants, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
    ecrireEmpreinteConstruite(racine, empreinte);
    console.log(`Construction terminée en ${Math.round((Date.now() - debut) / 1000)} s.`);
  } else if (construireSeulement) {
    console.log("Construction à jour : les sources n'ont pas changé depuis la dernière.");
  }
  if (construireSeulement) process.exit(0);
}

// 2. Simulators (FranceConnect, DGFiP) when the configuration points at them.
const actifs: Simulateur[] = sansSimulateurs ? [] : SIMULATEURS.filter((s) => s.actif(config));
for (const s of actifs)
  lancer(s.nom, path.join(racine, "node_modules/.bin/tsx"), [s.entree], { ...envEnfants, ...s.env(config) });

// 3. The portal: the production build, or the development server with hot reload.
// scripts/serveur.ts wraps Next.js to record each request's TCP peer (rate limits, trusted proxies).
lancer(
  "portail",
  path.join(racine, "node_modules/.bin/tsx"),
  [path.join(racine, "scripts/serveur.ts"), ...(dev ? ["--dev"] : [])],
  {
    ...envEnfants,
    PORT: String(config.PORT),
  },
);

try {
  // Generous: on a loaded 2-core machine (CI, two suites at once) a simulator has been seen taking more than 30 s.
  await Promise.all(actifs.map((s) => attendreUrl(s.sante(config), 120_000)));
  // The development server compiles the health route on its first request: give it longer.
  await attendreUrl(`http://127.0.0.1:${config.PORT}/api/health`, dev ? 300_000 : 120_000, (r) => r.ok);
  const base = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PostgreSQL embarqué (${config.PGLITE_DIR})`;
  console.log(
    `\nPortail Famille prêt : ${config.PORTAIL_URL}  —  base : ${base}${config.PORTAIL_DEMO ? "  —  mode démo" : ""}${dev ? "  —  développement (rechargement à chaud)" : ""}`,
  );
  for (const s of actifs) console.log(`  simulateur ${s.nom} : ${s.sante(config)}`);
} catch (e) {
  console.error(`Démarrage impossible : ${e instanceof Error ? e.message : String(e)}`);
  arreter(1);
}
