// Before the run: say which browser and Playwright drive the tests, and drop the databases that runs killed
// before they could clean up (older than six hours, by the time in their name) so they never pile up.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

import pg from "pg";

import { CHEMIN_CHROMIUM, URL_POSTGRES_ADMIN } from "./environnement";

const SIX_HEURES_MS = 6 * 3600_000;

export default async function globalSetup() {
  const require = createRequire(import.meta.url);
  const playwright = (require("@playwright/test/package.json") as { version: string }).version;
  const chromium = execFileSync(CHEMIN_CHROMIUM, ["--version"], { encoding: "utf8" }).trim();
  console.log(`[e2e] Playwright ${playwright} — ${chromium} — Node ${process.version}`);

  const c = new pg.Client({ connectionString: URL_POSTGRES_ADMIN, connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    const { rows } = await c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'pf\\_e2e\\_%'",
    );
    for (const { datname } of rows) {
      const creee = parseInt(datname.split("_")[2] ?? "", 36);
      if (Number.isFinite(creee) && Date.now() - creee > SIX_HEURES_MS) {
        await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
        console.log(`[e2e] base abandonnée supprimée : ${datname}`);
      }
    }
  } finally {
    await c.end();
  }
}
