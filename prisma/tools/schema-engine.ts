// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, pinned to the build that matches
// the Prisma CLI). It computes migration SQL from a schema with no native binary and no database server: the
// engine wants a driver adapter, so it gets an in-memory PGlite it never needs to write to (and a second one as
// its shadow database when the source of a diff is the migrations folder).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

const require = createRequire(import.meta.url);
const racine = path.resolve(import.meta.dirname, "../..");
const cheminSchema = path.join(racine, "prisma/schema.prisma");
export const dossierMigrations = path.join(racine, "prisma/migrations");

type Fichier = { path: string; content: string };
type Cible =
  | { tag: "empty" }
  | { tag: "schemaDatamodel"; files: Fichier[] }
  | {
      tag: "migrations";
      baseDir: string;
      lockfile: { path: string; content: string | null };
      migrationDirectories: unknown[];
      shadowDbInitScript: string;
    };

interface Moteur {
  diff(p: {
    from: Cible;
    to: Cible;
    script: boolean;
    exitCode: boolean | null;
    filters: unknown;
  }): Promise<{ exitCode: number; stdout: string }>;
}

// The engine reports Rust panics through this global before throwing; keep the message for the error.
const panique = { message: "" };
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (m: string) => (panique.message = m),
};

// The wasm-bindgen glue keeps views on one WebAssembly memory: instantiate the module once per process.
let moduleWasm:
  Promise<{ SchemaEngine: { new: (o: unknown, cb: () => void, a: unknown) => Promise<Moteur> } }> | undefined;

function chargerModule() {
  moduleWasm ??= (async () => {
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bg = await import(path.join(dir, "schema_engine_bg.js"));
    const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, "schema_engine_bg.wasm")), {
      "./schema_engine_bg.js": bg,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return moduleWasm;
}

async function chargerMoteur(schema: string): Promise<Moteur> {
  const { SchemaEngine } = await chargerModule();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite()));
  return SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
}

export function lireSchema(chemin = cheminSchema): string {
  return readFileSync(chemin, "utf8");
}

export function cibleSchema(schema: string): Cible {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] };
}

export function cibleMigrations(dossier = dossierMigrations): Cible {
  const noms = existsSync(dossier)
    ? readdirSync(dossier, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lock = path.join(dossier, "migration_lock.toml");
  return {
    tag: "migrations",
    baseDir: dossier,
    lockfile: { path: "migration_lock.toml", content: existsSync(lock) ? readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: noms.map((nom) => ({
      path: nom,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dossier, nom, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** SQL that takes the database from `depuis` to `vers` (empty string when there is nothing to do). */
export async function differenceSql(depuis: Cible, vers: Cible, schema = lireSchema()): Promise<string> {
  const moteur = await chargerMoteur(schema);
  const r = await moteur
    .diff({ from: depuis, to: vers, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } })
    .catch((e: unknown) => {
      throw new Error(`Moteur de schéma Prisma : ${panique.message || String(e)}`);
    });
  return r.stdout.replace(/^-- This is an empty migration\.\s*$/m, "").trim();
}
