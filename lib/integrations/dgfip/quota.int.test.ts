// The quota shared by every instance through PostgreSQL: two client instances, one database, one limit. And the
// call log written to AppelAmont.
import { setTimeout as attendre } from "node:timers/promises";

import { expect, it } from "vitest";

import { persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { surLesDeuxBases } from "@/tests/support/bases";
import { clientDeTest } from "@/tests/support/client-dgfip";
import { creerJournalAppelsPostgres } from "./appel-amont.mutation";
import { creerLimiteurQuotaPostgres, purgerCompteursQuota } from "./compteur-quota.mutation";

const b = utiliserBanc("2026-09-15");

const DUPONT = { mode: "spi" as const, spi: persona("marianne-dupont").spi, annee: 2025, multiple: false };

/** Stays clear of a window boundary, so that "one window" holds for the whole test. */
async function debutDeFenetre(db: { $queryRaw: <T>(q: TemplateStringsArray) => Promise<T> }, fenetreS: number) {
  const [r] = await db.$queryRaw<{ s: number }[]>`SELECT extract(epoch FROM clock_timestamp())::float8 AS s`;
  const dans = (r?.s ?? 0) % fenetreS;
  if (dans > fenetreS - 5) await attendre((fenetreS - dans + 0.2) * 1000);
}

surLesDeuxBases("quota DGFiP partagé par PostgreSQL", (base) => {
  it("deux instances, une base, 5 appels par minute : 8 demandes simultanées, 5 partent, 3 répondent « quota »", async () => {
    const db = base().prisma;
    await debutDeFenetre(db, 60);
    const cle = `dgfip-test-${Math.random()}`;
    const instances = [1, 2].map(() =>
      clientDeTest(b, {
        config: { attenteQuotaMaxMs: 0 },
        deps: { limiteur: creerLimiteurQuotaPostgres(db, { cle, limite: 5 }), journal: creerJournalAppelsPostgres(db) },
      }),
    );
    const resultats = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (instances[i % 2] as (typeof instances)[number]).api.situationsIr({ ...DUPONT, foyerId: undefined }),
      ),
    );
    expect(resultats.filter((r) => r.ok)).toHaveLength(5);
    expect(resultats.filter((r) => !r.ok && r.raison === "quota" && r.code === "QUOTA_LOCAL")).toHaveLength(3);
    expect(instances.reduce((n, c) => n + c.requetes.length, 0)).toBe(5);
    const compteurs = await db.compteurQuota.findMany({ where: { cle } });
    expect(compteurs.map((c) => c.compteur)).toEqual([5]);
  });

  it("fenêtre pleine : l'appel attend la fenêtre suivante quand l'attente permise le couvre", async () => {
    const db = base().prisma;
    await debutDeFenetre(db, 2);
    const cle = `dgfip-test-${Math.random()}`;
    const c = clientDeTest(b, {
      config: { attenteQuotaMaxMs: 3_000 },
      attendreVraiment: true,
      deps: { limiteur: creerLimiteurQuotaPostgres(db, { cle, limite: 1, fenetreSecondes: 2 }) },
    });
    expect((await c.api.situationsIr(DUPONT)).ok).toBe(true);
    expect((await c.api.situationsIr(DUPONT)).ok).toBe(true);
    expect(c.attentes).toHaveLength(1);
    expect(c.attentes[0]).toBeGreaterThan(0);
    expect(c.attentes[0]).toBeLessThanOrEqual(2_100);
    expect(await db.compteurQuota.count({ where: { cle } })).toBe(2);
    expect(await purgerCompteursQuota(db, new Date(Date.now() + 10_000))).toBeGreaterThanOrEqual(2);
  });

  it("journalise chaque tentative dans AppelAmont, sans donnée personnelle", async () => {
    const db = base().prisma;
    const foyer = await db.foyer.create({ data: {} });
    const c = clientDeTest(b, {
      panne: "statut=503;fois=1;cle=" + foyer.id,
      deps: { journal: creerJournalAppelsPostgres(db) },
    });
    const r = await c.api.situationsIr({ ...DUPONT, foyerId: foyer.id });
    expect(r).toMatchObject({ ok: true, tentatives: 2 });
    const lignes = await db.appelAmont.findMany({ where: { foyerId: foyer.id }, orderBy: { tentative: "asc" } });
    expect(
      lignes.map((l) => [
        l.fournisseur,
        l.ressource,
        l.mode,
        l.anneeRevenus,
        l.statutHttp,
        l.codeErreur,
        l.issue,
        l.tentative,
      ]),
    ).toEqual([
      ["dgfip", "ir_assiettes", "spi", 2025, 503, "5030", "echec_amont", 1],
      ["dgfip", "ir_assiettes", "spi", 2025, 200, null, "succes", 2],
    ]);
    expect(lignes.map((l) => l.correlationId)).toEqual(c.requetes.map((q) => q.entetes.get("x-correlation-id")));
    expect(JSON.stringify(lignes)).not.toContain(DUPONT.spi);
  });
});
