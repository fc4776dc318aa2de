// Opens the database: a real PostgreSQL when a URL is given, otherwise an embedded PostgreSQL (PGlite) in a local
// folder. Everything above this file sees the same `Base`; only the adapter differs.
import { mkdirSync } from "node:fs";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** A client or an open interactive transaction: for data functions that may run inside a caller's transaction. */
export type Tx = Prisma.TransactionClient;

/** One connection's worth of raw SQL, for the migration runner, the job engine and health checks. */
export interface ExecuteurSql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Several statements, no parameters (migration files, job-engine plans): rows of the last statement. */
  exec<T = Record<string, unknown>>(sql: string): Promise<{ rows: T[] }>;
}

export interface Base {
  genre: "embarquee" | "postgresql";
  prisma: PrismaClient;
  /** Pooled: each call may use another connection. */
  sql: ExecuteurSql;
  /** Runs `fn` on one dedicated connection (session advisory locks, explicit transactions). */
  avecConnexion<T>(fn: (c: ExecuteurSql) => Promise<T>): Promise<T>;
  fermer(): Promise<void>;
}

export type ConfigBase =
  | { genre: "postgresql"; url: string; poolMax?: number }
  | { genre: "embarquee"; dossier: string | null /* null: en mémoire */ };

export async function ouvrirBase(config: ConfigBase): Promise<Base> {
  return config.genre === "postgresql"
    ? ouvrirPostgres(config.url, config.poolMax ?? 10)
    : ouvrirPglite(config.dossier);
}

function ouvrirPostgres(url: string, poolMax: number): Base {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 5_000 });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const surClient = (c: pg.Pool | pg.PoolClient): ExecuteurSql => ({
    query: async (sql, params) => ({ rows: (await c.query(sql, params as unknown[])).rows }),
    exec: async (sql) => {
      const r = (await c.query(sql)) as pg.QueryResult | pg.QueryResult[];
      return { rows: Array.isArray(r) ? (r.at(-1)?.rows ?? []) : r.rows };
    },
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    genre: "postgresql",
    prisma,
    sql: surClient(pool),
    async avecConnexion(fn) {
      const client = await pool.connect();
      try {
        return await fn(surClient(client));
      } finally {
        client.release();
      }
    },
    async fermer() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function ouvrirPglite(dossier: string | null): Promise<Base> {
  if (dossier) mkdirSync(path.resolve(dossier), { recursive: true });
  const pglite = await PGlite.create(dossier ? path.resolve(dossier) : undefined);
  const executeur: ExecuteurSql = {
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await pglite.query<T>(sql, params)).rows }),
    exec: async <T>(sql: string) => ({ rows: ((await pglite.exec(sql)).at(-1)?.rows ?? []) as T[] }),
  };
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    genre: "embarquee",
    prisma,
    sql: executeur,
    // PGlite is one connection: every caller already shares it.
    avecConnexion: (fn) => fn(executeur),
    async fermer() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
