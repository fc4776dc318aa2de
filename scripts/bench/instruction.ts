// Benchmark of the back-office on both databases: the queue page (with its counts per reason, reason filter done
// in the app, search, last page) against a baseline measured in the same run, a bare SQL page of 20 open dossiers
// without counts; and the decisions (validation with re-pricing of 4 enrolments, rejection freeing 4 places)
// against a bare guarded status update in a transaction.
//   npx tsx --conditions=react-server scripts/bench/instruction.ts [dossiers] [postgresql-url]
// (the react-server condition lets the data modules' `import "server-only"` load outside Next.js)
import { randomUUID } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";

import pg from "pg";

import { FILTRES_PAR_DEFAUT, type FiltresFile } from "@/lib/instruction/domain/filtres-file";
import { RAISONS_DOSSIER, STATUTS_OUVERTS } from "@/lib/instruction/domain/statuts";
import { lireFile } from "@/lib/instruction/file.query";
import { rejeterDossier } from "@/lib/instruction/rejeter-dossier.mutation";
import { validerDossier } from "@/lib/instruction/valider-dossier.mutation";
import { ouvrirBase, type Base, type Db } from "@/lib/server/database";
import { appliquerMigrations } from "@/lib/server/migrations";
import { preparerInstruction, semerDossier } from "@/tests/support/dossier-de-test";

const N = Number(process.argv[2] ?? 2000);
const URL_PG = process.argv[3] ?? "postgresql://postgres@127.0.0.1:5432/test";
const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const NOMS = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefèvre",
  "Michel",
  "Garcia",
];

async function semerFile(db: Db, n: number) {
  const agent = await db.compte.create({ data: { role: "agent" } });
  const foyers = Array.from({ length: n }, () => ({ id: randomUUID() }));
  await db.foyer.createMany({ data: foyers });
  await db.responsableLegal.createMany({
    data: foyers.map((f, k) => ({ foyerId: f.id, rang: 1, prenoms: "Camille", nom: `${NOMS[k % NOMS.length]}${k}` })),
  });
  const statuts = [...STATUTS_OUVERTS, "valide", "rejete"] as const;
  await db.dossier.createMany({
    data: foyers.map((f, k) => ({
      foyerId: f.id,
      statut: statuts[k % statuts.length]!,
      raisons: [
        RAISONS_DOSSIER[k % RAISONS_DOSSIER.length]!,
        ...(k % 3 === 0 ? [RAISONS_DOSSIER[(k + 5) % RAISONS_DOSSIER.length]!] : []),
      ],
      agentId: k % 4 === 0 ? agent.id : null,
      creeLe: new Date(Date.now() - (n - k) * 60_000),
    })),
  });
  return agent.id;
}

async function mediane(fois: number, f: () => Promise<unknown>): Promise<number> {
  await f(); // warm-up: query plans, connections
  const t: number[] = [];
  for (let k = 0; k < fois; k++) {
    const d = performance.now();
    await f();
    t.push(performance.now() - d);
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!;
}

const ms = (x: number) => `${x.toFixed(2).padStart(8)} ms`;
const ligne = (quoi: string, x: number, base: number) =>
  console.log(`  ${quoi.padEnd(52)} ${ms(x)}   × ${(x / base).toFixed(1)}`);

async function mesurer(nom: string, base: Base) {
  const db = base.prisma;
  await appliquerMigrations(base, MIGRATIONS);
  const agentId = await semerFile(db, N);
  const ouverts = await db.dossier.count({ where: { statut: { in: [...STATUTS_OUVERTS] } } });
  console.log(`\n${nom} : ${N} dossiers dont ${ouverts} ouverts`);
  const f = (x: Partial<FiltresFile>): FiltresFile => ({ ...FILTRES_PAR_DEFAUT, ...x });
  const reference = await mediane(30, () =>
    db.dossier.findMany({
      where: { statut: { in: [...STATUTS_OUVERTS] } },
      orderBy: [{ creeLe: "asc" }, { id: "asc" }],
      take: 20,
      select: { id: true, raisons: true },
    }),
  );
  console.log(`  ${"référence : 20 dossiers ouverts, SQL seul, sans compteurs".padEnd(52)} ${ms(reference)}`);
  ligne("file, page 1, avec compteurs par motif", await mediane(30, () => lireFile(db, f({}), agentId)), reference);
  ligne(
    "file filtrée sur un motif",
    await mediane(30, () => lireFile(db, f({ raison: "echec_api" }), agentId)),
    reference,
  );
  ligne(
    "file, recherche d'un nom",
    await mediane(30, () => lireFile(db, f({ recherche: "lefè" }), agentId)),
    reference,
  );
  ligne("file, dernière page", await mediane(30, () => lireFile(db, f({ page: 10_000 }), agentId)), reference);

  const i = await preparerInstruction(db, 10_000);
  const dossiers = await Promise.all(Array.from({ length: 63 }, () => semerDossier(db, i)));
  const [d0, ...reste] = dossiers.map((d) => d.dossierId);
  const garde = await mediane(20, () =>
    db.$transaction(async (tx) => {
      await tx.dossier.updateMany({
        where: { id: d0!, statut: { in: [...STATUTS_OUVERTS] } },
        data: { majLe: new Date() },
      });
    }),
  );
  console.log(`  ${"référence : mise à jour gardée d'un dossier (transaction)".padEnd(52)} ${ms(garde)}`);
  // The same dossier cannot be decided twice: each run takes a fresh one (warm-up included).
  const suivant = () => reste.shift()!;
  for (const id of reste.slice(0, 31))
    await db.instantaneFiscal.create({
      data: {
        foyerId: (await db.dossier.findUniqueOrThrow({ where: { id } })).foyerId,
        source: "saisie_agent",
        anneeRevenus: 2025,
        rfr: 22032,
        nbParts: 3,
        adresseCodePostal: "00100",
        adresseCommune: "Bellecombe-sur-Lys",
        expireLe: new Date(Date.now() + 86_400_000),
      },
    });
  ligne(
    "valider + refixer 4 prix (grille publiée)",
    await mediane(30, () => validerDossier(db, i.agent, { dossierId: suivant(), residence: null, commentaire: null })),
    garde,
  );
  ligne(
    "rejeter + rendre 4 places",
    await mediane(30, () => rejeterDossier(db, i.agent, { dossierId: suivant(), motif: "Mesure de performance." })),
    garde,
  );
}

await mesurer(
  "PGlite (embarquée, en mémoire)",
  await ouvrirBase({ genre: "embarquee", dossier: null }).then(async (b) => b),
);

const nomBase = `pf_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: URL_PG });
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${nomBase}`);
  const u = new URL(URL_PG);
  u.pathname = `/${nomBase}`;
  const base = await ouvrirBase({ genre: "postgresql", url: u.toString(), poolMax: 5 });
  try {
    await mesurer("PostgreSQL", base);
  } finally {
    await base.fermer();
    await admin.query(`DROP DATABASE IF EXISTS ${nomBase} WITH (FORCE)`);
  }
} catch (e) {
  console.log(`\nPostgreSQL indisponible (${(e as Error).message}) : mesure sautée.`);
} finally {
  await admin.end().catch(() => {});
}
process.exit(0);
