// End-to-end tests against the production build, started by the same `npm start` path, on their own ports and a
// temporary embedded database, so a running demo (port 3000) never disturbs them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import { PORTS_E2E, URL_PORTAIL_E2E } from "./e2e/support/ports";

// Evaluated again in each worker: only the main process starts the server and needs the folder.
const donnees = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "portail-e2e-"));
process.env.E2E_DATA_DIR = donnees;

const chromium = {
  executablePath: "/usr/bin/chromium",
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

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL: URL_PORTAIL_E2E,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    launchOptions: chromium,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, grepInvert: /@sans-js/ },
    {
      name: "sans-javascript",
      use: { ...devices["Desktop Chrome"], launchOptions: chromium, javaScriptEnabled: false },
      grep: /@sans-js/,
    },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${URL_PORTAIL_E2E}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORTS_E2E.portail),
      PORTAIL_URL: URL_PORTAIL_E2E,
      PORTAIL_DEMO: "true",
      DATABASE_URL: "",
      PGLITE_DIR: path.join(donnees, "pglite"),
      STORAGE_DIR: path.join(donnees, "documents"),
      LOG_LEVEL: "warn",
      FRANCECONNECT_ISSUER: `http://127.0.0.1:${PORTS_E2E.franceconnect}/api/v2`,
      DGFIP_API_URL: `http://127.0.0.1:${PORTS_E2E.dgfip}/impotparticulier/1.0`,
      DGFIP_TOKEN_URL: `http://127.0.0.1:${PORTS_E2E.dgfip}/token`,
      SIMULATEUR_FRANCECONNECT_DONNEES: path.join(donnees, "franceconnect"),
    },
  },
});
