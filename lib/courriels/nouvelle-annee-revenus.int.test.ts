// When the taxation calendar says a newer income year is available, families whose price rests on an older one are
// offered (by e-mail, a link and nothing personal) to authorize again: nothing is fetched, each household is told
// once per year, and a re-run tells nobody twice. Both databases.
import { beforeAll, expect, it } from "vitest";

import { creerMoteur } from "@/lib/jobs/moteur";
import { brancherTravaux } from "@/lib/jobs/travaux";
import type { Db } from "@/lib/server/database";
import { creerLogger } from "@/lib/server/logger";
import { surLesDeuxBases } from "@/tests/support/bases";
import { envDeTest } from "@/tests/support/env";
import { creerFamilleComplete } from "@/tests/support/famille-complete";
import { collectiviteDeDemo, MAINTENANT } from "@/tests/support/familles";
import { depotsDeTest } from "@/tests/support/pieces";
import { proposerNouvelleAnneeRevenus } from "./nouvelle-annee-revenus.mutation";

const SUJET = "De nouveaux revenus de référence sont disponibles pour vos tarifs";

/** Makes the household's current prices rest on this income year. */
async function tarifsSurLAnnee(db: Db, foyerId: string, annee: number) {
  for (const t of await db.tarif.findMany({ where: { inscription: { enfant: { foyerId } } } })) {
    const e = t.explication as { quotient: { anneeRevenus: number } };
    e.quotient.anneeRevenus = annee;
    await db.tarif.update({ where: { id: t.id }, data: { explication: e } });
  }
}

const revenus2026Taxes = (db: Db) =>
  db.calendrierTaxation.upsert({
    where: { ressource_anneeRevenus: { ressource: "ir_assiettes", anneeRevenus: 2026 } },
    create: { anneeRevenus: 2026, dateTaxation: new Date("2027-07-24T00:00:00Z") },
    update: {},
  });

surLesDeuxBases("nouvelle année de revenus : proposer d'autoriser à nouveau", (base) => {
  beforeAll(async () => {
    await collectiviteDeDemo(base().prisma);
  });

  it("prévient une fois les familles dont le tarif repose sur une année plus ancienne que celle disponible", async () => {
    const db = base().prisma;
    const deps = depotsDeTest();
    const ancienne = await creerFamilleComplete(db, deps, "Anouk", "ALBERTI");
    const aJour = await creerFamilleComplete(db, deps, "Basile", "BERNARDIN");
    await tarifsSurLAnnee(db, ancienne.foyerId, 2024);
    const appelsAvant = await db.appelAmont.count();

    // November 2026: revenus 2025 are available (calendar: 24 July 2026).
    expect(await proposerNouvelleAnneeRevenus(db, "https://portail.test", MAINTENANT)).toMatchObject({
      annee: 2025,
      prevenus: 1,
    });
    const courriel = await db.courrielSortant.findFirstOrThrow({
      where: { destinataire: ancienne.compte.email!, sujet: SUJET },
    });
    expect(courriel.corps).toContain("https://portail.test/espace");
    expect(courriel.corps).not.toMatch(/Anouk|ALBERTI|2024|2025/);
    expect(await db.courrielSortant.count({ where: { destinataire: aJour.compte.email!, sujet: SUJET } })).toBe(0);
    // Nothing is fetched: no call upstream, no consent given on the family's behalf.
    expect(await db.appelAmont.count()).toBe(appelsAvant);

    // Once per year: a re-run (or the next day) tells nobody again.
    expect(await proposerNouvelleAnneeRevenus(db, "https://portail.test", MAINTENANT)).toMatchObject({ prevenus: 0 });
    expect(
      await proposerNouvelleAnneeRevenus(db, "https://portail.test", new Date("2026-11-24T09:00:00Z")),
    ).toMatchObject({ prevenus: 0 });
    expect(await db.courrielSortant.count({ where: { destinataire: ancienne.compte.email!, sujet: SUJET } })).toBe(1);

    // A year on, revenus 2026 taxed: both are told, once.
    await revenus2026Taxes(db);
    const aout = new Date("2027-08-02T09:00:00Z");
    const r = await proposerNouvelleAnneeRevenus(db, "https://portail.test", aout);
    expect(r.annee).toBe(2026);
    expect(await db.courrielSortant.count({ where: { destinataire: aJour.compte.email!, sujet: SUJET } })).toBe(1);
    expect(await db.courrielSortant.count({ where: { destinataire: ancienne.compte.email!, sujet: SUJET } })).toBe(2);
    expect(await proposerNouvelleAnneeRevenus(db, "https://portail.test", aout)).toMatchObject({ prevenus: 0 });
  });

  it("ne prévient ni un compte fermé, ni avant que le calendrier dise l'année disponible", async () => {
    const db = base().prisma;
    const deps = depotsDeTest();
    const fermee = await creerFamilleComplete(db, deps, "Chloé", "CHEVALIER");
    await tarifsSurLAnnee(db, fermee.foyerId, 2020);
    await db.compte.update({ where: { id: fermee.compte.id }, data: { fermeLe: MAINTENANT } });
    await revenus2026Taxes(db);
    // January 2028: revenus 2027 are not in the calendar yet, so the latest known year (2026) is the one offered.
    const r = await proposerNouvelleAnneeRevenus(db, "https://portail.test", new Date("2028-01-10T09:00:00Z"));
    expect(r.annee).toBe(2026);
    expect(await db.courrielSortant.count({ where: { destinataire: fermee.compte.email!, sujet: SUJET } })).toBe(0);
  });

  it("le travail « proposer-nouvelle-annee-revenus » de pg-boss tourne et est planifié", async () => {
    const moteur = creerMoteur(base(), { superviser: false });
    await moteur.start();
    try {
      await brancherTravaux(moteur, { base: base(), config: envDeTest(), logger: creerLogger("silent") });
      const id = await moteur.send("proposer-nouvelle-annee-revenus", {});
      await expect
        .poll(async () => (await moteur.getJobById("proposer-nouvelle-annee-revenus", id!))?.state, {
          timeout: 30_000,
          interval: 250,
        })
        .toBe("completed");
      expect((await moteur.getSchedules()).map((s) => s.name)).toContain("proposer-nouvelle-annee-revenus");
    } finally {
      await moteur.stop({ graceful: false, wait: true });
    }
  });
});
