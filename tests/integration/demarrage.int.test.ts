// The real boot (instrumentation.ts → demarrer) on an empty database: the demo collectivité and its agent and admin
// accounts, whose passwords are in the repository, exist only in demo mode.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, inject, it, vi } from "vitest";

import { creerBaseDeTest, GENRES, type BaseDeTest } from "../support/bases";
import { VARIABLES_DE_TEST } from "../support/variables-env";

const CLE_BASE = Symbol.for("portail-famille.base");
const dossiers: string[] = [];

let postgresql: BaseDeTest | undefined;

/** Boots the app's own path with this environment; `genre` picks the embedded database or a fresh PostgreSQL one. */
async function demarrerAvec(genre: "embarquee" | "postgresql", demo: boolean) {
  const dossier = mkdtempSync(path.join(tmpdir(), "pf-demarrage-"));
  dossiers.push(dossier);
  if (genre === "postgresql") postgresql = await creerBaseDeTest("postgresql", { migrer: false });
  vi.resetModules();
  for (const [nom, valeur] of Object.entries(VARIABLES_DE_TEST)) vi.stubEnv(nom, valeur);
  vi.stubEnv("PORTAIL_DEMO", demo ? "true" : "false");
  if (!demo) {
    vi.stubEnv("AUTH_SECRET", "un-vrai-secret-de-session-tres-long-0123456789");
    vi.stubEnv("FRANCECONNECT_CLIENT_SECRET", "un-secret-client-fc-0123456789");
    vi.stubEnv("DGFIP_CLIENT_SECRET", "un-secret-client-dgfip-0123456789");
    vi.stubEnv("API_PARTICULIER_TOKEN", "un-jeton-api-particulier-0123456789");
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    vi.stubEnv("SMTP_FROM", "ne-pas-repondre@commune.test");
    vi.stubEnv("CLAMD_ADRESSE", "aucun-antivirus-accepte");
  }
  vi.stubEnv("DATABASE_URL", postgresql?.url ?? "");
  vi.stubEnv("PGLITE_DIR", dossier);
  // What is under test is the seeding, not the jobs: the embedded database always runs them in the app process
  // (JOBS_ENABLED=false is refused there), so they are left out by a stand-in.
  if (genre === "postgresql") vi.stubEnv("JOBS_ENABLED", "false");
  else vi.doMock("@/lib/jobs/travaux", () => ({ demarrerTravaux: async () => null }));
  vi.stubEnv("LOG_LEVEL", "silent");
  const { demarrer } = await import("@/lib/server/boot");
  const { applicationDb } = await import("@/lib/server/db");
  await demarrer();
  return applicationDb();
}

afterEach(async () => {
  const g = globalThis as typeof globalThis & { [CLE_BASE]?: Promise<{ fermer(): Promise<void> }> };
  await (await g[CLE_BASE])?.fermer();
  delete g[CLE_BASE];
  vi.unstubAllEnvs();
  vi.doUnmock("@/lib/jobs/travaux");
  for (const d of dossiers.splice(0)) rmSync(d, { recursive: true, force: true });
  await postgresql?.detruire();
  postgresql = undefined;
});

for (const { genre, nom } of GENRES) {
  describe.skipIf(genre === "postgresql" && !inject("postgresUrl"))(`démarrage sur une base vide [${nom}]`, () => {
    it("hors mode démo, ne crée ni collectivité ni compte", async () => {
      const base = await demarrerAvec(genre, false);
      expect(await base.prisma.collectivite.count()).toBe(0);
      expect(await base.prisma.commune.count()).toBe(0);
      expect(await base.prisma.compte.count()).toBe(0);
    });

    it("en mode démo, crée la collectivité, l'agent et l'administrateur de démonstration", async () => {
      const base = await demarrerAvec(genre, true);
      expect(await base.prisma.collectivite.count()).toBe(1);
      expect((await base.prisma.compte.findMany({ select: { role: true } })).map((c) => c.role).sort()).toEqual([
        "admin",
        "agent",
      ]);
    });
  });
}
