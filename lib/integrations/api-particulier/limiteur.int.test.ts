// Le débit du jeton de la collectivité, partagé par toutes les instances par PostgreSQL ; le journal des appels.
import { setTimeout as attendre } from "node:timers/promises";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { ouvrirBase, type Base } from "@/lib/server/database";
import { chargerPopulation } from "@/simulators/population/schema";
import { utiliserBancApiParticulier } from "@/tests/support/banc-api-particulier";
import { creerBaseDeTest, surLesDeuxBases, type BaseDeTest } from "@/tests/support/bases";
import { clientApiParticulierDeTest } from "@/tests/support/client-api-particulier";
import { creerJournalAppelsPostgres } from "./appel-amont.mutation";
import { etatCivilDepuisFranceConnect } from "./etat-civil";
import { creerLimiteurDebitPostgres } from "./limiteur.mutation";

const b = utiliserBancApiParticulier("2026-03-15");
const population = chargerPopulation();
const demande = (id: string) => ({
  modalite: "identite" as const,
  etatCivil: etatCivilDepuisFranceConnect(population.personas.find((p) => p.id === id)!.identite)!,
});

type Requetable = { $queryRaw: <T>(q: TemplateStringsArray, ...v: unknown[]) => Promise<T> };

/** Reste loin d'une frontière de tranche, pour que « une tranche » vaille pour tout l'essai. */
async function debutDeTranche(db: Requetable, ms: number) {
  const [r] = await db.$queryRaw<{ ms: number }[]>`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS ms`;
  const dans = (r?.ms ?? 0) % ms;
  if (dans > ms / 2) await attendre(ms - dans + 20);
}

surLesDeuxBases("débit API Particulier partagé par la base", (base) => {
  it("deux limiteurs sur une base, 3 places par tranche de 2 s : 8 demandes simultanées, 3 accordées", async () => {
    const db = base().prisma;
    await debutDeTranche(db, 2_000);
    const jeton = `essai-${Math.random()}`;
    const instances = [1, 2].map(() => creerLimiteurDebitPostgres(db, { jeton, tranche: { ms: 2_000, places: 3 } }));
    const r = await Promise.all(Array.from({ length: 8 }, (_, i) => instances[i % 2]!.reserver()));
    expect(r.filter((x) => x.accorde)).toHaveLength(3);
    for (const x of r) if (!x.accorde) expect(x.attenteMs).toBeLessThanOrEqual(2_000);
    // Seule l'empreinte du jeton est écrite.
    const lignes = await db.compteurQuota.findMany({ where: { cle: { startsWith: "api_particulier:" } } });
    expect(JSON.stringify(lignes)).not.toContain(jeton);
  });

  it("chaque essai au journal des appels (fournisseur api_particulier), sans charge utile", async () => {
    const db = base().prisma;
    const c = clientApiParticulierDeTest(b, { deps: { journal: creerJournalAppelsPostgres(db) } });
    expect((await c.api.quotientFamilial(demande("henri-de-villiers"))).ok).toBe(false);
    expect((await c.api.quotientFamilial(demande("sophie-martin"))).ok).toBe(true);
    const lignes = await db.appelAmont.findMany({
      where: { fournisseur: "api_particulier" },
      orderBy: { creeLe: "asc" },
    });
    expect(lignes.map((l) => [l.issue, l.statutHttp, l.codeErreur, l.mode])).toEqual([
      ["allocataire_inconnu", 404, "23003", "identite"],
      ["succes", 200, null, "identite"],
    ]);
  });
});

// Deux instances du portail = deux pools de connexions sur le même PostgreSQL réel.
describe.skipIf(!inject("postgresUrl"))("débit API Particulier : deux instances sur PostgreSQL", () => {
  let base: BaseDeTest | undefined;
  let seconde: Base | undefined;
  beforeAll(async () => {
    base = await creerBaseDeTest("postgresql");
    seconde = await ouvrirBase({ genre: "postgresql", url: base.url!, poolMax: 5 });
  });
  afterAll(async () => {
    await seconde?.fermer();
    await base?.detruire();
  });

  /** Les tranches accordées pour ce jeton, lues dans la base : le pire nombre d'appels sur une seconde glissante. */
  async function pireSeconde(): Promise<{ total: number; pire: number }> {
    const tranches = await base!.base.prisma.compteurQuota.findMany({
      where: { cle: { startsWith: "api_particulier:" } },
    });
    const instants = tranches.flatMap((t) => Array<number>(t.compteur).fill(t.fenetre.getTime()));
    const pire = Math.max(0, ...instants.map((t) => instants.filter((u) => u >= t && u < t + 1000).length));
    await base!.base.prisma.compteurQuota.deleteMany({ where: { cle: { startsWith: "api_particulier:" } } });
    return { total: instants.length, pire };
  }

  it("20 demandeurs sur deux instances, 15 appels/s visés : jamais plus de 16 dans une seconde glissante", async () => {
    const jeton = `commune-${Math.random()}`;
    const limiteurs = [base!.base, seconde!].map((bd) => creerLimiteurDebitPostgres(bd.prisma, { jeton }));
    const fin = Date.now() + 2_500;
    let accordes = 0;
    await Promise.all(
      limiteurs.flatMap((l) =>
        Array.from({ length: 10 }, async () => {
          while (Date.now() < fin) {
            const r = await l.reserver();
            if (r.accorde) accordes += 1;
            else await attendre(r.attenteMs);
          }
        }),
      ),
    );
    const { total, pire } = await pireSeconde();
    expect(total).toBe(accordes);
    expect(accordes).toBeGreaterThanOrEqual(10);
    expect(pire).toBeLessThanOrEqual(16);
  });

  it("par le client, deux instances contre le simulateur : aucun 429, chaque appel aboutit", async () => {
    const jeton = `commune-${Math.random()}`;
    const instances = [base!.base, seconde!].map((bd) =>
      clientApiParticulierDeTest(b, {
        attendreVraiment: true,
        config: { attenteLimiteurMaxMs: 10_000 },
        deps: { limiteur: creerLimiteurDebitPostgres(bd.prisma, { jeton }) },
      }),
    );
    const fin = Date.now() + 2_000;
    const resultats = await Promise.all(
      instances.flatMap((c) =>
        Array.from({ length: 5 }, async () => {
          const r = [];
          while (Date.now() < fin) r.push(await c.api.quotientFamilial(demande("jeanne-robert")));
          return r;
        }),
      ),
    );
    expect(resultats.flat().filter((r) => !r.ok)).toEqual([]);
    expect(instances.every((c) => c.requetes.length > 0)).toBe(true);
    expect((await pireSeconde()).pire).toBeLessThanOrEqual(16);
  });
});
