// `npm run worker`: a process of its own runs the durable jobs on PostgreSQL, while the web instances, started with
// JOBS_ENABLED=false, schedule nothing (pg-boss is not even installed by them).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { creerMoteur } from "@/lib/jobs/moteur";
import { preparerApplication } from "@/lib/server/demarrage";
import { creerLogger } from "@/lib/server/logger";
import { creerBaseDeTest, DOSSIER_MIGRATIONS, type BaseDeTest } from "../support/bases";
import { envDeTest } from "../support/env";
import { VARIABLES_DE_TEST } from "../support/variables-env";

const RACINE = path.resolve(import.meta.dirname, "../..");
const paquet = JSON.parse(readFileSync(path.join(RACINE, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

describe.skipIf(!inject("postgresUrl"))("travailleur séparé [PostgreSQL]", () => {
  let bd: BaseDeTest;
  beforeAll(async () => {
    bd = await creerBaseDeTest("postgresql", { migrer: false });
  });
  afterAll(async () => {
    await bd?.detruire();
  });

  it("avec JOBS_ENABLED=false, l'application migre et sème la base mais ne planifie aucun travail", async () => {
    const config = envDeTest({ JOBS_ENABLED: "false", DATABASE_URL: bd.url! });
    const moteur = await preparerApplication(bd.base, config, creerLogger("silent"), DOSSIER_MIGRATIONS);
    expect(moteur).toBeNull();
    expect(await bd.base.prisma.collectivite.count()).toBe(1);
    const { rows } = await bd.base.sql.query<{ schema: string | null }>(
      "SELECT to_regnamespace('pgboss')::text AS schema",
    );
    expect(rows[0]?.schema ?? null).toBeNull();
  });

  it("`npm run worker` exécute les travaux : une purge envoyée dans la file est faite", async () => {
    let travailleur: ChildProcess | undefined;
    let sortie = "";
    try {
      // The command of `npm run worker` itself, started without npm in between so that SIGTERM reaches it.
      const [commande, ...args] = (paquet.scripts.worker as string).split(" ");
      travailleur = spawn(path.join(RACINE, "node_modules/.bin", commande!), args, {
        cwd: RACINE,
        env: { ...process.env, ...VARIABLES_DE_TEST, DATABASE_URL: bd.url!, LOG_LEVEL: "info" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      travailleur.stdout!.on("data", (d: Buffer) => (sortie += d.toString()));
      travailleur.stderr!.on("data", (d: Buffer) => (sortie += d.toString()));
      await expect.poll(() => sortie, { timeout: 60_000, interval: 250 }).toContain("travailleur prêt");

      const { id: compteId } = await bd.base.prisma.compte.create({ data: { role: "citoyen" } });
      await bd.base.prisma.session.create({
        data: { id: "perimee", compteId, fournisseur: "local", expireLe: new Date(Date.now() - 60_000) },
      });
      // Another process (a web instance) only sends: the worker does the job.
      const expediteur = creerMoteur(bd.base, { superviser: false });
      await expediteur.start();
      try {
        const id = await expediteur.send("purger-sessions", {});
        await expect
          .poll(async () => (await expediteur.getJobById("purger-sessions", id!))?.state, {
            timeout: 30_000,
            interval: 250,
          })
          .toBe("completed");
      } finally {
        await expediteur.stop({ graceful: false, wait: true });
      }
      expect(await bd.base.prisma.session.count({ where: { id: "perimee" } })).toBe(0);
    } finally {
      if (travailleur && travailleur.exitCode === null) {
        const fin = new Promise((r) => travailleur!.once("exit", r));
        travailleur.kill("SIGTERM");
        await fin;
      }
    }
    // It stopped cleanly on SIGTERM (the running job finished, the pool closed).
    expect(travailleur?.exitCode).toBe(0);
  });
});
