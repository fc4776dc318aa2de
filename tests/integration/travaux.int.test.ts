import { afterAll, beforeAll, expect, it } from "vitest";

import { creerMoteur, type Moteur } from "@/lib/jobs/moteur";
import { brancherTravaux } from "@/lib/jobs/travaux";
import { creerLogger } from "@/lib/server/logger";
import { surLesDeuxBases } from "../support/bases";
import { envDeTest } from "../support/env";

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

surLesDeuxBases("moteur de travaux pg-boss", (base) => {
  let moteur: Moteur;

  beforeAll(async () => {
    moteur = creerMoteur(base(), { superviser: true });
    await moteur.start();
    await brancherTravaux(moteur, {
      base: base(),
      config: envDeTest({ SESSION_IDLE_MINUTES: "30" }),
      logger: creerLogger("silent"),
    });
  });

  afterAll(async () => {
    await moteur.stop({ graceful: false, wait: true });
  });

  it("exécute la purge des sessions : expirées, inactives et révoquées partent, la session active reste", async () => {
    const { id: compteId } = await base().prisma.compte.create({ data: { role: "citoyen" } });
    const session = (id: string, d: { expireLe: Date; derniereActiviteLe?: Date; revoqueeLe?: Date }) =>
      base().prisma.session.create({
        data: { id, compteId, fournisseur: "franceconnect", derniereActiviteLe: new Date(), ...d },
      });
    await session("active", { expireLe: minutes(600) });
    await session("expiree", { expireLe: minutes(-1) });
    await session("inactive", { expireLe: minutes(600), derniereActiviteLe: minutes(-31) });
    await session("revoquee", { expireLe: minutes(600), revoqueeLe: minutes(-1) });

    const idJob = await moteur.send("purger-sessions", {});
    expect(idJob).toBeTruthy();
    await expect
      .poll(async () => (await moteur.getJobById("purger-sessions", idJob!))?.state, { timeout: 30_000, interval: 250 })
      .toBe("completed");
    const restantes = await base().prisma.session.findMany({ select: { id: true } });
    expect(restantes.map((s) => s.id)).toEqual(["active"]);
    expect((await moteur.getJobById("purger-sessions", idJob!))?.output).toEqual({ supprimees: 3 });
  });

  it("planifie la purge périodique", async () => {
    const planifs = await moteur.getSchedules();
    expect(planifs.map((s) => s.name)).toContain("purger-sessions");
  });
});
