// An SPI-mode DGFiP call that failed upstream (outage, quota: `reprise: "job"`) is retried by a durable job with
// backoff; a retry that gets the data notes it on the request, exhaustion leaves the request to the agents (the
// "échec d'appel" reason stays and becomes the dossier's), and a re-run calls nobody twice. Real HTTP client against
// the DGFiP simulator, both databases.
import { beforeAll, expect, it, vi } from "vitest";

import { creerServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { creerMoteur } from "@/lib/jobs/moteur";
import { brancherTravaux } from "@/lib/jobs/travaux";
import { creerLogger } from "@/lib/server/logger";
import { persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { surLesDeuxBases } from "@/tests/support/bases";
import { clientDeTest } from "@/tests/support/client-dgfip";
import { envDeTest } from "@/tests/support/env";
import { collectiviteDeDemo, famille, MAINTENANT } from "@/tests/support/familles";
import { demandeEnCours } from "./demande.mutation";
import { recupererDonneesParSpi } from "./donnees-par-spi.mutation";
import { reprendreAppelsDgfip } from "./reprise-appel-dgfip.mutation";

// noterIssueSurLaDemande's module loads the application logger, which reads the environment when loaded.
vi.mock("@/lib/server/log", async () => ({ logger: (await import("@/lib/server/logger")).creerLogger("silent") }));

const b = utiliserBanc("2026-11-23");
const minutes = (n: number) => new Date(MAINTENANT.getTime() + n * 60_000);

surLesDeuxBases("reprise des appels DGFiP en mode SPI", (base) => {
  let anneeScolaireId: string;
  beforeAll(async () => {
    ({ anneeScolaireId } = await collectiviteDeDemo(base().prisma));
  });

  /** The fiscal service over the real client; `panne` makes every resource request fail (503). */
  function service(panne?: string, maintenant = MAINTENANT) {
    const c = clientDeTest(b, { panne });
    return {
      c,
      s: creerServiceInstantaneFiscal({ api: c.api, ressourceMultiple: true, maintenant: () => maintenant }),
    };
  }

  /** A draft whose SPI-mode call met a DGFiP outage. */
  async function appelEnPanne() {
    const db = base().prisma;
    const f = await famille(db);
    const demandeId = await demandeEnCours(db, f.compteId, anneeScolaireId);
    await recupererDonneesParSpi(db, service("statut=503").s, {
      compteId: f.compteId,
      demandeId,
      spi: persona("marianne-dupont").spi,
      maintenant: MAINTENANT,
      limiteParJour: 5,
    });
    return { ...f, demandeId };
  }
  const raisons = async (demandeId: string) =>
    (await base().prisma.demande.findUniqueOrThrow({ where: { id: demandeId } })).raisonsEnAttente;

  it("l'échec amont est mis en reprise ; un nouvel essai qui réussit note les données, et rien n'est rappelé ensuite", async () => {
    const db = base().prisma;
    const f = await appelEnPanne();
    expect(await raisons(f.demandeId)).toContain("echec_api");
    expect(await db.repriseAppelDgfip.findMany({ where: { demandeId: f.demandeId } })).toMatchObject([
      { responsableId: f.responsableId, tentatives: 0, prochaineTentativeLe: minutes(1), termineLe: null },
    ]);

    const panne = service("statut=503", minutes(1));
    expect(await reprendreAppelsDgfip(db, panne.s, { maintenant: minutes(1) })).toMatchObject({ reportes: 1 });
    // Not due yet: nobody is called.
    const rien = service(undefined, minutes(2));
    expect(await reprendreAppelsDgfip(db, rien.s, { maintenant: minutes(2) })).toEqual({
      obtenus: 0,
      reportes: 0,
      confiesAuxAgents: 0,
    });
    expect(rien.c.requetes).toHaveLength(0);

    const retour = service(undefined, minutes(3));
    expect(await reprendreAppelsDgfip(db, retour.s, { maintenant: minutes(3) })).toMatchObject({ obtenus: 1 });
    expect(await raisons(f.demandeId)).not.toContain("echec_api");
    expect(await db.instantaneFiscal.count({ where: { foyerId: f.foyerId } })).toBe(1);
    const reprise = await db.repriseAppelDgfip.findFirstOrThrow({ where: { demandeId: f.demandeId } });
    expect(reprise).toMatchObject({ tentatives: 2, issue: "obtenu", termineLe: minutes(3) });

    const ensuite = service(undefined, minutes(60));
    expect(await reprendreAppelsDgfip(db, ensuite.s, { maintenant: minutes(60) })).toEqual({
      obtenus: 0,
      reportes: 0,
      confiesAuxAgents: 0,
    });
    expect(ensuite.c.requetes).toHaveLength(0);
  });

  it("au bout des tentatives, la demande est laissée aux agents (raison « échec d'appel ») et la reprise s'arrête", async () => {
    const db = base().prisma;
    const f = await appelEnPanne();
    const options = (n: number) => ({ maintenant: minutes(n), tentativesMax: 2 });
    expect(await reprendreAppelsDgfip(db, service("statut=503").s, options(1))).toMatchObject({ reportes: 1 });
    expect(await reprendreAppelsDgfip(db, service("statut=503").s, options(3))).toMatchObject({
      confiesAuxAgents: 1,
    });
    expect(await raisons(f.demandeId)).toEqual(["echec_api"]);
    expect(await db.repriseAppelDgfip.findFirstOrThrow({ where: { demandeId: f.demandeId } })).toMatchObject({
      tentatives: 2,
      issue: "confie_agent",
      termineLe: minutes(3),
    });
    const ensuite = service(undefined);
    expect(await reprendreAppelsDgfip(db, ensuite.s, options(600))).toMatchObject({ confiesAuxAgents: 0, obtenus: 0 });
    expect(ensuite.c.requetes).toHaveLength(0);
  });

  it("rien n'est redemandé une fois l'accord retiré", async () => {
    const db = base().prisma;
    const f = await appelEnPanne();
    await db.consentement.updateMany({
      where: { foyerId: f.foyerId },
      data: { statut: "retire", retireLe: MAINTENANT },
    });
    const apres = service(undefined, minutes(1));
    expect(await reprendreAppelsDgfip(db, apres.s, { maintenant: minutes(1) })).toEqual({
      obtenus: 0,
      reportes: 0,
      confiesAuxAgents: 0,
    });
    expect(apres.c.requetes).toHaveLength(0);
    expect(await db.repriseAppelDgfip.findFirstOrThrow({ where: { demandeId: f.demandeId } })).toMatchObject({
      issue: "sans_objet",
      termineLe: minutes(1),
    });
  });

  it("le travail « reprendre-appels-dgfip » de pg-boss fait les reprises dues, et il est planifié", async () => {
    const db = base().prisma;
    const f = await appelEnPanne();
    await db.repriseAppelDgfip.updateMany({
      where: { demandeId: f.demandeId },
      data: { prochaineTentativeLe: new Date(Date.now() - 1000) },
    });
    const moteur = creerMoteur(base(), { superviser: false });
    await moteur.start();
    try {
      await brancherTravaux(moteur, {
        base: base(),
        config: envDeTest(),
        logger: creerLogger("silent"),
        serviceFiscal: async () => service(undefined).s,
      });
      const id = await moteur.send("reprendre-appels-dgfip", {});
      await expect
        .poll(async () => (await moteur.getJobById("reprendre-appels-dgfip", id!))?.state, {
          timeout: 30_000,
          interval: 250,
        })
        .toBe("completed");
      expect((await moteur.getJobById("reprendre-appels-dgfip", id!))?.output).toMatchObject({ obtenus: 1 });
      expect(await raisons(f.demandeId)).not.toContain("echec_api");
      expect((await moteur.getSchedules()).map((s) => s.name)).toContain("reprendre-appels-dgfip");
    } finally {
      await moteur.stop({ graceful: false, wait: true });
    }
  });
});
