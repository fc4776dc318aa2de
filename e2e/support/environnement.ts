// What an end-to-end run needs to know, computed once by Playwright's main process and inherited by its workers
// through the environment (the config is evaluated again in each worker): ports, the fresh PostgreSQL database of
// this run, the session secret the fixtures sign cookies with, the browser.
//
// Two portals run side by side: the main one on the real PostgreSQL (CI always has one; every journey but one), and
// the embedded one (PGlite) for the smoke journey a newcomer gets from `npm start`. They share the simulators.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const port = (nom: string, defaut: number) => Number(process.env[nom] ?? defaut);

/** Overridable so that several checkouts can run their suites at once (playwright.config.ts registers their callbacks). */
export const PORTS_E2E = {
  portail: port("E2E_PORT_PORTAIL", 3100),
  embarque: port("E2E_PORT_EMBARQUE", 3200),
  franceconnect: port("E2E_PORT_FRANCECONNECT", 4100),
  dgfip: port("E2E_PORT_DGFIP", 4110),
  apiParticulier: port("E2E_PORT_API_PARTICULIER", 4120),
  /** The ProConnect simulator (the FranceConnect one in its ProConnect profile), on its own origin. */
  proconnect: port("E2E_PORT_PROCONNECT", port("E2E_PORT_FRANCECONNECT", 4100) + 2),
} as const;

export const URL_PORTAIL_E2E = `http://localhost:${PORTS_E2E.portail}`;
export const URL_EMBARQUE_E2E = `http://localhost:${PORTS_E2E.embarque}`;

/** The server that holds the test databases: the same variable as the integration tests. */
export const URL_POSTGRES_ADMIN = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";

/** Debian's Chromium by default (Playwright cannot download its own browsers on these machines). */
export { CHEMIN_CHROMIUM } from "../../scripts/lib/chromium";

function unique(): string {
  return `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "portail-e2e-"));
// Demo mode accepts only demo secrets (lib/server/env.ts): the prefix is what marks one.
process.env.E2E_AUTH_SECRET ??= `demo-${randomBytes(32).toString("base64url")}`;
process.env.E2E_DATABASE_URL ??= (() => {
  const u = new URL(URL_POSTGRES_ADMIN);
  u.pathname = `/pf_e2e_${unique()}`;
  return u.toString();
})();

export const DOSSIER_E2E = process.env.E2E_DATA_DIR;
/** A random secret per run: fixtures sign session cookies with it, as next-auth does. */
export const SECRET_E2E = process.env.E2E_AUTH_SECRET;
/** This run's own database, created by the server wrapper and dropped when it stops. */
export const URL_BASE_E2E = process.env.E2E_DATABASE_URL;
