// A new production portal: `npm start` with PORTAIL_DEMO=false, real-looking secrets and an empty embedded database.
// Nothing is seeded, so the public pages must say the portal is being set up, answer without any error, and show
// nothing of demo mode (no demo passwords on /connexion, no demo outbox). This spec starts that portal itself, on
// its own port (E2E_PORT_EMBARQUE + 1), from the build the main end-to-end portal has just made.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { verifierAccessibilite } from "./support/axe";
import { PORTS_E2E } from "./support/environnement";
import { expect, test } from "./support/fixtures";

const PORT = PORTS_E2E.embarque + 1;
const URL_NEUF = `http://localhost:${PORT}`;
const racine = path.resolve(import.meta.dirname, "..");

const PAGES_PUBLIQUES = [
  "/",
  "/connexion",
  "/inscription",
  "/mot-de-passe-oublie",
  "/reinitialiser",
  "/verifier-email",
  "/compte-ferme",
  "/deconnexion",
  "/autorisation-second-parent",
  "/autorisation-second-parent/terminee",
  "/mentions-legales",
  "/donnees-personnelles",
  "/accessibilite",
  "/plan-du-site",
];

test.describe.configure({ mode: "serial" });

let portail: ChildProcess | undefined;
let dossier: string | undefined;

test.beforeAll(async ({ request }) => {
  test.setTimeout(300_000);
  dossier = mkdtempSync(path.join(tmpdir(), "portail-neuf-"));
  portail = spawn(path.join(racine, "node_modules/.bin/tsx"), ["scripts/start.ts", "--sans-simulateurs"], {
    cwd: racine,
    stdio: "inherit",
    env: {
      ...process.env,
      PORTAIL_DEMO: "false",
      PORT: String(PORT),
      PORTAIL_URL: URL_NEUF,
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      PGLITE_DIR: path.join(dossier, "pglite"),
      STORAGE_DIR: path.join(dossier, "documents"),
      AUTH_SECRET: "secret-de-session-d-un-portail-neuf-0123456789",
      FRANCECONNECT_ISSUER: `http://127.0.0.1:${PORTS_E2E.franceconnect}/api/v2`,
      FRANCECONNECT_CLIENT_SECRET: "secret-client-franceconnect-0123456789",
      DGFIP_API_URL: `http://127.0.0.1:${PORTS_E2E.dgfip}/impotparticulier/1.0`,
      DGFIP_TOKEN_URL: `http://127.0.0.1:${PORTS_E2E.dgfip}/token`,
      DGFIP_CLIENT_SECRET: "secret-client-dgfip-0123456789",
      API_PARTICULIER_URL: `http://127.0.0.1:${PORTS_E2E.apiParticulier}`,
      API_PARTICULIER_TOKEN: "jeton-api-particulier-de-la-collectivite-0123456789",
      SMTP_URL: "smtp://127.0.0.1:2525",
      SMTP_FROM: "Portail Famille <ne-pas-repondre@commune.test>",
      // No clamd in this test: the waiver has to be written out (issue 12).
      CLAMD_ADRESSE: "aucun-antivirus-accepte",
    },
  });
  await expect
    .poll(
      async () => {
        if (portail?.exitCode !== null) return `arrêté (${portail?.exitCode})`;
        return (await request.get(`${URL_NEUF}/api/health`).catch(() => null))?.status() ?? 0;
      },
      { timeout: 280_000, intervals: [1_000] },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (portail && portail.exitCode === null) {
    portail.kill("SIGTERM");
    await new Promise((r) => portail!.once("exit", r));
  }
  if (dossier) rmSync(dossier, { recursive: true, force: true });
});

test("chaque page publique d'un portail neuf répond sans erreur et dit qu'il est en cours de mise en place", async ({
  request,
}) => {
  for (const chemin of PAGES_PUBLIQUES) {
    const r = await request.get(`${URL_NEUF}${chemin}`, { maxRedirects: 0 });
    expect(r.status(), chemin).toBeLessThan(400);
    if (r.status() === 200) {
      expect(
        (await r.text()).includes("Portail en cours de mise en place"),
        `avis de mise en place sur ${chemin}`,
      ).toBe(true);
    }
  }
});

test("hors démonstration, ni mots de passe de démonstration sur /connexion ni boîte d'envoi", async ({ page }) => {
  await page.goto(`${URL_NEUF}/connexion`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Démonstration", { exact: true })).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("val-de-lys.test");
  expect((await page.request.get(`${URL_NEUF}/boite-d-envoi`)).status()).toBe(404);
});

test("l'accueil d'un portail neuf l'annonce et reste accessible", async ({ page }) => {
  await page.goto(URL_NEUF);
  await expect(page.getByRole("status").filter({ hasText: "Portail en cours de mise en place" })).toBeVisible();
  await verifierAccessibilite(page);
});

test("en démonstration seulement, /connexion montre les comptes de démonstration et la boîte d'envoi existe", async ({
  page,
}) => {
  await page.goto("/connexion");
  await expect(page.getByText("Admin-Val-de-Lys-2026")).toBeVisible();
  expect((await page.request.get("/boite-d-envoi")).status()).toBe(200);
});
