// Benchmark of the API Impôt particulier client (npx tsx scripts/bench/dgfip.ts [appels]).
// 1. The client's own cost per call, over the simulator's: a raw fetch of the same endpoint (same headers, token
//    already in hand, no validation) is the baseline, measured in the same run, calls interleaved. Three client
//    set-ups: bare (no quota, no log), with the PostgreSQL quota and AppelAmont log on an embedded PGlite, and on
//    the real PostgreSQL when TEST_DATABASE_URL (or the local server) answers.
// 2. How many upstream calls one family's enrolment of two children in three activities costs (target: one per
//    foyer fiscal and income year), plus the fallback and unmarried-parents cases.
import { randomUUID } from "node:crypto";
import path from "node:path";

import pg from "pg";

import { creerServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { creerJournalAppelsPostgres } from "@/lib/integrations/dgfip/appel-amont.mutation";
import { creerClientDgfip } from "@/lib/integrations/dgfip/client-http";
import { creerLimiteurQuotaPostgres } from "@/lib/integrations/dgfip/compteur-quota.mutation";
import { REGLAGES_PAR_DEFAUT } from "@/lib/integrations/dgfip/config";
import type { ApiImpotParticulier } from "@/lib/integrations/dgfip/port";
import { TYPES_MEDIA } from "@/lib/integrations/dgfip/requete";
import { ouvrirBase, type Base } from "@/lib/server/database";
import { appliquerMigrations } from "@/lib/server/migrations";
import { CLIENT_DEMO, configParDefaut } from "@/simulators/dgfip/config";
import { demarrerSimulateurDgfip } from "@/simulators/dgfip/serveur";
import { chargerPopulation } from "@/simulators/population/schema";

const APPELS = Number(process.argv[2] ?? 300);
const ECHAUFFEMENT = 50;
const population = chargerPopulation();
const spiDe = (id: string) => population.personas.find((p) => p.id === id)?.spi as string;

let appelsRessources = 0;
const sim = await demarrerSimulateurDgfip(
  configParDefaut({
    port: 0,
    maintenant: () => new Date(`2026-09-15T${new Date().toISOString().slice(11)}`),
    quotaParMinute: 1_000_000,
    franceConnect: null,
    surReponse: (r) => {
      if (r.operationId) appelsRessources += 1;
    },
  }),
);
const config = {
  ...REGLAGES_PAR_DEFAUT,
  urlApi: sim.urlApi,
  urlJeton: sim.urlJeton,
  clientId: CLIENT_DEMO.id,
  clientSecret: CLIENT_DEMO.secret,
  idTeleservice: "BENCH",
};
const DEMANDE = { mode: "spi" as const, spi: spiDe("marianne-dupont"), annee: 2025, multiple: false };

async function jetonBrut(): Promise<string> {
  const res = await fetch(sim.urlJeton, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(`${CLIENT_DEMO.id}:${CLIENT_DEMO.secret}`).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "client_credentials", scope: "RessourceIR RessourceIRMultiple" }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

const jeton = await jetonBrut();
const url = `${sim.urlApi}/spi/${DEMANDE.spi}/situations/ir/assiettes/annrev/2025`;
/** Simulated upstream latency (ms), sent to the simulator with both the raw and the client's requests. */
let latence = 0;
const entetesLatence = (): Record<string, string> => (latence ? { "X-Simulateur-Panne": `latence=${latence}` } : {});
const fetchAvecLatence: typeof fetch = (entree, init) =>
  String(entree) === sim.urlJeton
    ? fetch(entree, init)
    : fetch(entree, { ...init, headers: { ...(init?.headers as Record<string, string>), ...entetesLatence() } });

async function brut(): Promise<void> {
  const res = await fetch(url, {
    headers: {
      Authorization: `Bearer ${jeton}`,
      "X-Correlation-ID": randomUUID(),
      ID_Teleservice: "BENCH",
      Accept: TYPES_MEDIA.simple,
      ...entetesLatence(),
    },
  });
  if (!res.ok) throw new Error(`brut : ${res.status}`);
  await res.json();
}

const quantile = (xs: number[], q: number) => {
  const t = [...xs].sort((a, b) => a - b);
  return t[Math.min(t.length - 1, Math.floor(q * t.length))] as number;
};
const f = (x: number) => x.toFixed(3).padStart(8);

async function mesurer(nom: string, api: ApiImpotParticulier) {
  const tBrut: number[] = [];
  const tClient: number[] = [];
  for (let i = 0; i < ECHAUFFEMENT + APPELS; i += 1) {
    const a = performance.now();
    await brut();
    const b = performance.now();
    const r = await api.situationsIr(DEMANDE);
    const c = performance.now();
    if (!r.ok) throw new Error(`${nom} : ${r.raison}`);
    if (i >= ECHAUFFEMENT) {
      tBrut.push(b - a);
      tClient.push(c - b);
    }
  }
  const [mb, pb, mc, pc] = [
    quantile(tBrut, 0.5),
    quantile(tBrut, 0.95),
    quantile(tClient, 0.5),
    quantile(tClient, 0.95),
  ];
  console.log(
    `${nom.padEnd(44)} brut ${f(mb)} / ${f(pb)}   client ${f(mc)} / ${f(pc)}   surcoût ${f(mc - mb)} / ${f(pc - pb)}   ratio ${(mc / mb).toFixed(2)}`,
  );
}

async function basePostgres(): Promise<{ base: Base; detruire(): Promise<void> } | null> {
  const admin = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";
  const nom = `pf_bench_${Date.now()}`;
  const c = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 2_000 });
  try {
    await c.connect();
    await c.query(`CREATE DATABASE ${nom}`);
  } catch {
    return null;
  } finally {
    await c.end().catch(() => {});
  }
  const u = new URL(admin);
  u.pathname = `/${nom}`;
  const base = await ouvrirBase({ genre: "postgresql", url: u.toString(), poolMax: 5 });
  return {
    base,
    async detruire() {
      await base.fermer();
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${nom} WITH (FORCE)`);
      await d.end();
    },
  };
}

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const complet = (b: Base) =>
  creerClientDgfip(config, {
    fetch: fetchAvecLatence,
    limiteur: creerLimiteurQuotaPostgres(b.prisma, { cle: "bench", limite: 1_000_000 }),
    journal: creerJournalAppelsPostgres(b.prisma),
  });

console.log(
  `\n1. Coût propre du client par appel (${APPELS} appels, ms, médiane / p95), mode SPI, simulateur en local\n`,
);
await mesurer("client nu (sans quota ni journal)", creerClientDgfip(config, { fetch: fetchAvecLatence }));
const pglite = await ouvrirBase({ genre: "embarquee", dossier: null });
await appliquerMigrations(pglite, MIGRATIONS);
await mesurer("client + quota + journal (PGlite embarquée)", complet(pglite));
const postgres = await basePostgres();
if (postgres) {
  await appliquerMigrations(postgres.base, MIGRATIONS);
  await mesurer("client + quota + journal (PostgreSQL)", complet(postgres.base));
  latence = 50;
  console.log(`\n   même chose, le simulateur répondant en ${latence} ms (ordre de grandeur d'une API de l'État)`);
  await mesurer("client + quota + journal (PostgreSQL)", complet(postgres.base));
  latence = 0;
  await postgres.detruire();
} else console.log("PostgreSQL injoignable : mesure PostgreSQL ignorée");

console.log(
  "\n2. Appels amont d'une inscription (service d'instantané fiscal, politique « N-1 sinon N-2 », septembre 2026)\n",
);
await pglite.prisma.collectivite.create({ data: { nom: "Bench", politiqueAnneeFiscale: "n_moins_1_sinon_n_moins_2" } });
await pglite.prisma.calendrierTaxation.create({
  data: { anneeRevenus: 2025, dateTaxation: new Date("2026-07-22T00:00:00Z") },
});
const service = creerServiceInstantaneFiscal({
  api: creerClientDgfip(config),
  ressourceMultiple: true,
  maintenant: () => new Date("2026-09-15T10:00:00Z"),
});

async function inscription(titre: string, parents: string[], enParallele: boolean) {
  const foyer = await pglite.prisma.foyer.create({ data: {} });
  const responsables = await Promise.all(
    parents.map((_, i) =>
      pglite.prisma.responsableLegal.create({ data: { foyerId: foyer.id, rang: i + 1, prenoms: "x", nom: "x" } }),
    ),
  );
  const avant = appelsRessources;
  // Two children × three activities: each tariff asks for the foyer's fiscal snapshot, for each parent's foyer fiscal.
  const demandes = Array.from({ length: 6 }, () =>
    parents.map(
      (p, i) => () =>
        service.obtenir(pglite.prisma, {
          foyerId: foyer.id,
          responsableId: responsables[i]?.id ?? null,
          acces: { mode: "spi", spi: spiDe(p) },
        }),
    ),
  ).flat();
  if (enParallele) await Promise.all(demandes.map((d) => d()));
  else for (const d of demandes) await d();
  const annees = await pglite.prisma.instantaneFiscal.findMany({
    where: { foyerId: foyer.id },
    select: { anneeRevenus: true },
  });
  console.log(
    `${titre.padEnd(66)} ${String(demandes.length).padStart(2)} demandes → ${appelsRessources - avant} appel(s) amont, instantané(s) : ${annees.map((a) => a.anneeRevenus).join(", ")}`,
  );
}

await inscription("Dupont, 2 enfants × 3 activités, une après l'autre", ["marianne-dupont"], false);
await inscription("Dupont, 2 enfants × 3 activités, en même temps", ["marianne-dupont"], true);
await inscription("Benali (revenus 2025 non taxés : repli sur 2024)", ["karim-benali"], false);
await inscription(
  "Bernard + Petit (parents non mariés : deux foyers fiscaux)",
  ["julien-bernard", "claire-petit"],
  false,
);

await pglite.fermer();
await sim.fermer();
