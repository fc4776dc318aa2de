// The main end-to-end portal: creates this run's PostgreSQL database, serves the portal on it through `npm start`'s
// own path (scripts/start.ts, which also starts the simulators), and drops the database when Playwright stops it.
import { spawn } from "node:child_process";
import path from "node:path";

import pg from "pg";

import { URL_BASE_E2E, URL_POSTGRES_ADMIN } from "./environnement";

const racine = path.resolve(import.meta.dirname, "../..");
const nom = new URL(URL_BASE_E2E).pathname.slice(1);
if (!/^pf_e2e_[a-z0-9_]+$/.test(nom)) throw new Error(`nom de base de test inattendu : ${nom}`);

async function sql(requete: string) {
  const c = new pg.Client({ connectionString: URL_POSTGRES_ADMIN, connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    await c.query(requete);
  } finally {
    await c.end();
  }
}

try {
  await sql(`CREATE DATABASE ${nom}`);
} catch (e) {
  console.error(
    `\nPostgreSQL injoignable ou refusé (${URL_POSTGRES_ADMIN.replace(/\/\/[^@]*@/, "//…@")}) : ${e instanceof Error ? e.message : String(e)}\n` +
      "Les tests de bout en bout utilisent un PostgreSQL réel : démarrez-le ou définissez TEST_DATABASE_URL.\n",
  );
  process.exit(1);
}
console.log(`[e2e] base ${nom} créée`);

const portail = spawn(path.join(racine, "node_modules/.bin/tsx"), ["scripts/start.ts", ...process.argv.slice(2)], {
  cwd: racine,
  env: { ...process.env, DATABASE_URL: URL_BASE_E2E },
  stdio: "inherit",
});

let fin = false;
async function terminer(code: number) {
  if (fin) return;
  fin = true;
  if (portail.exitCode === null) {
    portail.kill("SIGTERM");
    await new Promise((r) => portail.once("exit", r));
  }
  await sql(`DROP DATABASE IF EXISTS ${nom} WITH (FORCE)`).catch((e) =>
    console.error(`[e2e] base ${nom} non supprimée : ${e instanceof Error ? e.message : String(e)}`),
  );
  process.exit(code);
}
process.on("SIGTERM", () => void terminer(0));
process.on("SIGINT", () => void terminer(0));
portail.on("exit", (code) => void terminer(code ?? 1));
