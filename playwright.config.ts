// End-to-end tests against the production build, started through `npm start`'s own path on their own ports, so a
// running demo (port 3000) never disturbs them. Two portals share the simulators:
// - the main one on a fresh database of the real PostgreSQL (TEST_DATABASE_URL's server), where fixtures seed what
//   each test needs with Prisma (e2e/support/fixtures.ts): every journey but one;
// - the embedded one (PGlite, in a temporary folder), for the smoke journey a newcomer gets from `npm start`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import {
  CHEMIN_CHROMIUM,
  DOSSIER_E2E,
  PORTS_E2E,
  SECRET_E2E,
  URL_EMBARQUE_E2E,
  URL_PORTAIL_E2E,
} from "./e2e/support/environnement";

const chromium = {
  executablePath: CHEMIN_CHROMIUM,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

/**
 * The FranceConnect simulator's clients, with this run's portals registered (their callbacks and logout returns):
 * several checkouts can then run their suites at once on other ports (E2E_PORT_*).
 */
function clientsFranceConnect(): string {
  const source = path.join(import.meta.dirname, "simulators/franceconnect/clients.json");
  const clients = JSON.parse(readFileSync(source, "utf8")) as {
    fournisseursDeService: { client_id: string; redirect_uris: string[]; post_logout_redirect_uris: string[] }[];
  };
  const portail = clients.fournisseursDeService.find((c) => c.client_id === "portail-famille-demo");
  if (!portail) throw new Error("client portail-famille-demo absent de simulators/franceconnect/clients.json");
  for (const origine of [URL_PORTAIL_E2E, URL_EMBARQUE_E2E]) {
    portail.redirect_uris.push(
      `${origine}/api/auth/callback/franceconnect`,
      `${origine}/api/franceconnect/donnees/callback`,
    );
    portail.post_logout_redirect_uris.push(`${origine}/deconnexion`, `${origine}/api/deconnexion/retour`);
  }
  portail.redirect_uris = [...new Set(portail.redirect_uris)];
  portail.post_logout_redirect_uris = [...new Set(portail.post_logout_redirect_uris)];
  const fichier = path.join(DOSSIER_E2E, "clients-franceconnect.json");
  writeFileSync(fichier, JSON.stringify(clients, null, 2));
  return fichier;
}

/** The ProConnect simulator's client, with this run's main portal registered (sign-in return, logout returns). */
function clientsProConnect(): string {
  const source = path.join(import.meta.dirname, "simulators/franceconnect/clients-proconnect.json");
  const clients = JSON.parse(readFileSync(source, "utf8")) as {
    fournisseursDeService: { redirect_uris: string[]; post_logout_redirect_uris: string[] }[];
  };
  const portail = clients.fournisseursDeService[0]!;
  portail.redirect_uris = [...new Set([...portail.redirect_uris, `${URL_PORTAIL_E2E}/api/auth/callback/proconnect`])];
  portail.post_logout_redirect_uris = [
    ...new Set([
      ...portail.post_logout_redirect_uris,
      `${URL_PORTAIL_E2E}/deconnexion`,
      `${URL_PORTAIL_E2E}/api/deconnexion/retour`,
    ]),
  ];
  const fichier = path.join(DOSSIER_E2E, "clients-proconnect.json");
  writeFileSync(fichier, JSON.stringify(clients, null, 2));
  return fichier;
}

/** What both portals share: demo mode (the demo collectivité is seeded into an empty database), the simulators. */
const envCommun = {
  PORTAIL_DEMO: "true",
  AUTH_SECRET: SECRET_E2E,
  LOG_LEVEL: "warn",
  FRANCECONNECT_ISSUER: `http://127.0.0.1:${PORTS_E2E.franceconnect}/api/v2`,
  DGFIP_API_URL: `http://127.0.0.1:${PORTS_E2E.dgfip}/impotparticulier/1.0`,
  DGFIP_TOKEN_URL: `http://127.0.0.1:${PORTS_E2E.dgfip}/token`,
  API_PARTICULIER_URL: `http://127.0.0.1:${PORTS_E2E.apiParticulier}`,
  SIMULATEUR_FRANCECONNECT_DONNEES: path.join(DOSSIER_E2E, "franceconnect"),
  SIMULATEUR_FRANCECONNECT_CLIENTS: clientsFranceConnect(),
};

const tsx = path.join(import.meta.dirname, "node_modules/.bin/tsx");
// While working on one journey, `E2E_SANS_EMBARQUE=1` leaves out the embedded portal and its smoke journey (one build
// and one server fewer); `npm test` always runs both.
const avecEmbarque = !process.env.E2E_SANS_EMBARQUE;
// On a loaded 2-core machine a page can take seconds: generous limits, never fixed sleeps.
const arret = { signal: "SIGTERM" as const, timeout: 15_000 };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL: URL_PORTAIL_E2E,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    navigationTimeout: 30_000,
    actionTimeout: 15_000,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: ["embarque/**", "reglages/**"],
      grepInvert: /@sans-js/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    {
      name: "sans-javascript",
      testIgnore: ["embarque/**", "reglages/**"],
      grep: /@sans-js/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium, javaScriptEnabled: false },
    },
    {
      // Settings of the whole collectivité: changed only once every other journey is done with them.
      name: "reglages",
      testMatch: "reglages/**/*.spec.ts",
      dependencies: ["chromium", "sans-javascript"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    ...(avecEmbarque
      ? [
          {
            name: "embarquee",
            testMatch: "embarque/**/*.spec.ts",
            use: { ...devices["Desktop Chrome"], launchOptions: chromium, baseURL: URL_EMBARQUE_E2E },
          },
        ]
      : []),
  ],
  // Started one after the other: the first builds when the sources changed and starts the simulators.
  webServer: [
    {
      command: `${tsx} e2e/support/serveur.ts`,
      url: `${URL_PORTAIL_E2E}/api/health`,
      reuseExistingServer: false,
      timeout: 600_000,
      gracefulShutdown: arret,
      stdout: "pipe" as const,
      stderr: "pipe" as const,
      env: {
        ...envCommun,
        PORT: String(PORTS_E2E.portail),
        PORTAIL_URL: URL_PORTAIL_E2E,
        STORAGE_DIR: path.join(DOSSIER_E2E, "documents"),
        // Behind a "proxy" on the loopback: e2e/limites.spec.ts sends X-Forwarded-For as distinct visitors.
        PROXYS_DE_CONFIANCE: "127.0.0.1, ::1",
        // Agents sign in with ProConnect too (e2e/proconnect.spec.ts): its simulator, started by scripts/start.ts.
        PROCONNECT_ISSUER: `http://127.0.0.1:${PORTS_E2E.proconnect}/api/v2`,
        PROCONNECT_CLIENT_ID: "portail-famille-proconnect-demo",
        PROCONNECT_CLIENT_SECRET: "demo-secret-client-proconnect-00000",
        SIMULATEUR_PROCONNECT_CLIENTS: clientsProConnect(),
        SIMULATEUR_PROCONNECT_DONNEES: path.join(DOSSIER_E2E, "proconnect"),
      },
    },
    ...(avecEmbarque
      ? [
          {
            command: `${tsx} scripts/start.ts --sans-simulateurs`,
            url: `${URL_EMBARQUE_E2E}/api/health`,
            reuseExistingServer: false,
            timeout: 300_000,
            gracefulShutdown: arret,
            stdout: "pipe" as const,
            stderr: "pipe" as const,
            env: {
              ...envCommun,
              PORT: String(PORTS_E2E.embarque),
              PORTAIL_URL: URL_EMBARQUE_E2E,
              DATABASE_URL: "",
              PGLITE_DIR: path.join(DOSSIER_E2E, "pglite"),
              STORAGE_DIR: path.join(DOSSIER_E2E, "documents-embarque"),
            },
          },
        ]
      : []),
  ],
});
