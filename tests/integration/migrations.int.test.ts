import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, inject, it } from "vitest";

import { appliquerMigrations, lireMigrations, MigrationEchouee } from "@/lib/server/migrations";
import { cibleSchema, differenceSql, lireSchema } from "@/prisma/tools/schema-engine";
import { creerBaseDeTest, DOSSIER_MIGRATIONS, GENRES } from "../support/bases";
import { catalogue } from "../support/catalogue";

// The SQL that builds schema.prisma from nothing, computed once by Prisma's schema engine.
const sqlCompletAttendu = differenceSql({ tag: "empty" }, cibleSchema(lireSchema()));

describe.each(GENRES)("migrations [$nom]", ({ genre }) => {
  const absente = genre === "postgresql" && !inject("postgresUrl");

  it.skipIf(absente)("appliquées à une base vide, elles donnent exactement schema.prisma (aucune dérive)", async () => {
    const parMigrations = await creerBaseDeTest(genre);
    const parSchema = await creerBaseDeTest(genre, { migrer: false });
    try {
      await parSchema.base.sql.exec(await sqlCompletAttendu);
      const attendu = await catalogue(parSchema.base.sql);
      const obtenu = await catalogue(parMigrations.base.sql);
      expect(attendu.colonnes.length).toBeGreaterThan(50);
      expect(obtenu).toEqual(attendu);
    } finally {
      await parMigrations.detruire();
      await parSchema.detruire();
    }
  });

  it.skipIf(absente)(
    "tiennent le journal de Prisma : une ligne par migration, somme sha256, rien de réappliqué",
    async () => {
      const t = await creerBaseDeTest(genre);
      try {
        const { rows } = await t.base.sql.query<{
          migration_name: string;
          checksum: string;
          finished_at: Date | null;
          applied_steps_count: number;
        }>(
          `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
        );
        const fichiers = lireMigrations(DOSSIER_MIGRATIONS);
        expect(rows.map((r) => r.migration_name)).toEqual(fichiers.map((m) => m.nom));
        expect(rows.map((r) => r.checksum)).toEqual(fichiers.map((m) => m.checksum));
        expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
        expect(await appliquerMigrations(t.base, DOSSIER_MIGRATIONS)).toEqual({
          appliquees: [],
          dejaAppliquees: fichiers.length,
        });
      } finally {
        await t.detruire();
      }
    },
  );

  it.skipIf(absente)("une migration en échec est annulée entière et signalée ; corrigée, elle passe", async () => {
    const dossier = mkdtempSync(path.join(tmpdir(), "pf-migrations-"));
    cpSync(DOSSIER_MIGRATIONS, dossier, { recursive: true });
    const casse = path.join(dossier, "29990101000000_casse");
    mkdirSync(casse);
    writeFileSync(
      path.join(casse, "migration.sql"),
      `CREATE TABLE "essai" ("id" INT);\nSELECT * FROM table_qui_n_existe_pas;\n`,
    );
    const t = await creerBaseDeTest(genre);
    try {
      await expect(appliquerMigrations(t.base, dossier)).rejects.toBeInstanceOf(MigrationEchouee);
      const { rows } = await t.base.sql.query(`SELECT to_regclass('public.essai') AS t`);
      expect(rows[0]).toEqual({ t: null });
      writeFileSync(path.join(casse, "migration.sql"), `CREATE TABLE "essai" ("id" INT);\n`);
      expect((await appliquerMigrations(t.base, dossier)).appliquees).toEqual(["29990101000000_casse"]);
    } finally {
      await t.detruire();
    }
  });

  it.skipIf(absente)("refuse une migration modifiée après application", async () => {
    const dossier = mkdtempSync(path.join(tmpdir(), "pf-migrations-"));
    cpSync(DOSSIER_MIGRATIONS, dossier, { recursive: true });
    const t = await creerBaseDeTest(genre, { migrer: false });
    try {
      await appliquerMigrations(t.base, dossier);
      const [premiere] = lireMigrations(dossier);
      writeFileSync(path.join(dossier, premiere!.nom, "migration.sql"), `${premiere!.sql}\n-- modifiée\n`);
      await expect(appliquerMigrations(t.base, dossier)).rejects.toThrow(/somme de contrôle/);
    } finally {
      await t.detruire();
    }
  });
});
