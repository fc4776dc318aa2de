// Runs a suite once on an in-memory PGlite and once on a fresh database of the real PostgreSQL, both migrated
// with the application's own runner. Each suite gets its own database, so files can run in parallel.
import { randomBytes } from "node:crypto";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";

import { ouvrirBase, type Base } from "@/lib/server/database";
import { appliquerMigrations } from "@/lib/server/migrations";

export const DOSSIER_MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

export interface BaseDeTest {
  base: Base;
  url: string | null;
  detruire(): Promise<void>;
}

/** A fresh, migrated database. `postgresql` needs the server (see global-setup). */
export async function creerBaseDeTest(
  genre: "embarquee" | "postgresql",
  options: { migrer?: boolean; poolMax?: number } = {},
): Promise<BaseDeTest> {
  const migrer = options.migrer ?? true;
  if (genre === "embarquee") {
    const base = await ouvrirBase({ genre: "embarquee", dossier: null });
    if (migrer) await appliquerMigrations(base, DOSSIER_MIGRATIONS);
    return { base, url: null, detruire: () => base.fermer() };
  }
  const admin = inject("postgresUrl");
  if (!admin) throw new Error("PostgreSQL indisponible");
  const nom = `pf_test_${randomBytes(6).toString("hex")}`;
  await executerAdmin(admin, `CREATE DATABASE ${nom}`);
  const u = new URL(admin);
  u.pathname = `/${nom}`;
  const base = await ouvrirBase({ genre: "postgresql", url: u.toString(), poolMax: options.poolMax ?? 5 });
  if (migrer) await appliquerMigrations(base, DOSSIER_MIGRATIONS);
  return {
    base,
    url: u.toString(),
    async detruire() {
      await base.fermer();
      await executerAdmin(admin, `DROP DATABASE IF EXISTS ${nom} WITH (FORCE)`);
    },
  };
}

async function executerAdmin(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export const GENRES = [
  { genre: "embarquee" as const, nom: "PGlite (embarquée)" },
  { genre: "postgresql" as const, nom: "PostgreSQL" },
];

/** Declares `corps` once per database. `base()` is valid inside tests and hooks. */
export function surLesDeuxBases(titre: string, corps: (base: () => Base) => void) {
  for (const { genre, nom } of GENRES) {
    const absente = genre === "postgresql" && !inject("postgresUrl");
    describe.skipIf(absente)(`${titre} [${nom}]`, () => {
      let courante: BaseDeTest | undefined;
      beforeAll(async () => {
        courante = await creerBaseDeTest(genre);
      });
      afterAll(async () => {
        await courante?.detruire();
      });
      corps(() => {
        if (!courante) throw new Error("base de test non initialisée");
        return courante.base;
      });
    });
  }
}
