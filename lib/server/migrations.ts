// Applies pending migrations from prisma/migrations and records them in Prisma's own `_prisma_migrations` table
// (same columns, sha256 checksum of migration.sql), so `prisma migrate deploy` accepts the same history on a
// machine that has Prisma's native engine. Used at start (both databases) and by the tests.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Base, ExecuteurSql } from "./database";

/** Same key as Prisma Migrate's advisory lock, so the two never run at once on one database. */
const VERROU_MIGRATIONS = 72707369;

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  nom: string;
  sql: string;
  checksum: string;
}

export function lireMigrations(dossier: string): Migration[] {
  if (!existsSync(dossier)) return [];
  return readdirSync(dossier, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dossier, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((nom) => {
      const contenu = readFileSync(path.join(dossier, nom, "migration.sql"));
      return { nom, sql: contenu.toString("utf8"), checksum: createHash("sha256").update(contenu).digest("hex") };
    });
}

export class MigrationEchouee extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`La migration ${migration} a échoué : ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "MigrationEchouee";
  }
}

export interface ResultatMigrations {
  appliquees: string[];
  dejaAppliquees: number;
}

export async function appliquerMigrations(base: Base, dossier: string): Promise<ResultatMigrations> {
  const migrations = lireMigrations(dossier);
  return base.avecConnexion(async (c) => {
    const verrou = base.genre === "postgresql";
    if (verrou) await c.query("SELECT pg_advisory_lock($1)", [VERROU_MIGRATIONS]);
    try {
      await c.exec(TABLE);
      return await appliquer(c, migrations);
    } finally {
      if (verrou) await c.query("SELECT pg_advisory_unlock($1)", [VERROU_MIGRATIONS]);
    }
  });
}

async function appliquer(c: ExecuteurSql, migrations: Migration[]): Promise<ResultatMigrations> {
  const { rows } = await c.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const connues = new Map(rows.map((r) => [r.migration_name, r]));
  const inachevee = rows.find((r) => r.finished_at === null);
  if (inachevee) {
    throw new MigrationEchouee(
      inachevee.migration_name,
      "elle est restée inachevée lors d'un démarrage précédent ; corrigez la base puis marquez-la résolue",
    );
  }
  const appliquees: string[] = [];
  for (const m of migrations) {
    const connue = connues.get(m.nom);
    if (connue) {
      if (connue.checksum !== m.checksum) {
        throw new MigrationEchouee(m.nom, "son fichier a été modifié après application (somme de contrôle différente)");
      }
      continue;
    }
    const id = randomUUID();
    await c.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
      [id, m.checksum, m.nom],
    );
    try {
      await c.exec(`BEGIN;\n${m.sql}\n;COMMIT;`);
    } catch (e) {
      await c.exec("ROLLBACK").catch(() => {});
      await c.query(`UPDATE "_prisma_migrations" SET logs = $2, rolled_back_at = now() WHERE id = $1`, [id, String(e)]);
      throw new MigrationEchouee(m.nom, e);
    }
    await c.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    appliquees.push(m.nom);
  }
  return { appliquees, dejaAppliquees: migrations.length - appliquees.length };
}
