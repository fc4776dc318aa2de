// The retention purge, run as the application runs it: the "purger-instantanes-fiscaux" entry of TRAVAUX.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, it, vi } from "vitest";
import type { Travail } from "@/lib/jobs/travaux";
import { surLesDeuxBases } from "@/tests/support/bases";

let travail: Travail;

beforeAll(async () => {
  // lib/jobs/travaux.ts reads the validated environment when loaded: give it the committed demo configuration.
  const exemple = readFileSync(path.resolve(import.meta.dirname, "../../.env.example"), "utf8");
  for (const ligne of exemple.split("\n")) {
    const m = /^([A-Z_]+)=(.*)$/.exec(ligne);
    if (m) vi.stubEnv(m[1] as string, m[2] as string);
  }
  const { TRAVAUX } = await import("@/lib/jobs/travaux");
  const t = TRAVAUX.find((x) => x.nom === "purger-instantanes-fiscaux");
  if (!t) throw new Error("travail purger-instantanes-fiscaux absent de TRAVAUX");
  travail = t;
});

surLesDeuxBases("purge des instantanés fiscaux expirés", (base) => {
  it("supprime les instantanés dont la conservation est échue, garde les autres", async () => {
    const db = base().prisma;
    const foyer = await db.foyer.create({ data: {} });
    const jour = 24 * 3600 * 1000;
    const commun = { foyerId: foyer.id, source: "dgfip_spi" as const, anneeRevenus: 2025, rfr: 48200 };
    await db.instantaneFiscal.createMany({
      data: [
        { ...commun, expireLe: new Date(Date.now() - jour) },
        { ...commun, expireLe: new Date(Date.now() - 1000) },
        { ...commun, anneeRevenus: 2024, expireLe: new Date(Date.now() + 30 * jour) },
      ],
    });
    expect(travail.planification).toBeTruthy();
    expect(await travail.executer(base(), {})).toEqual({ supprimes: 2 });
    const restants = await db.instantaneFiscal.findMany({ where: { foyerId: foyer.id }, select: { anneeRevenus: true } });
    expect(restants).toEqual([{ anneeRevenus: 2024 }]);
    expect(await travail.executer(base(), {})).toEqual({ supprimes: 0 });
  });
});
