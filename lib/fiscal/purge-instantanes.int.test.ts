// The retention purge, run as the application runs it: the "purger-instantanes-fiscaux" entry of TRAVAUX.
import { expect, it } from "vitest";

import { TRAVAUX } from "@/lib/jobs/travaux";
import { creerLogger } from "@/lib/server/logger";
import { surLesDeuxBases } from "@/tests/support/bases";
import { envDeTest } from "@/tests/support/env";

const travail = TRAVAUX.find((x) => x.nom === "purger-instantanes-fiscaux")!;

surLesDeuxBases("purge des instantanés fiscaux expirés", (base) => {
  it("supprime les instantanés dont la conservation est échue, garde les autres", async () => {
    const db = base().prisma;
    const contexte = { base: base(), config: envDeTest(), logger: creerLogger("silent") };
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
    expect(await travail.executer(contexte, {})).toEqual({ supprimes: 2 });
    const restants = await db.instantaneFiscal.findMany({
      where: { foyerId: foyer.id },
      select: { anneeRevenus: true },
    });
    expect(restants).toEqual([{ anneeRevenus: 2024 }]);
    expect(await travail.executer(contexte, {})).toEqual({ supprimes: 0 });
  });
});
