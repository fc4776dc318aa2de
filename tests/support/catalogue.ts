// A comparable description of the `public` schema: tables and columns, constraints, indexes, enum types.
// The migration runner's own `_prisma_migrations` table is left out.
import type { ExecuteurSql } from "@/lib/server/database";

export async function catalogue(sql: ExecuteurSql) {
  const colonnes = await sql.query(`
    SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length,
           numeric_precision, numeric_scale
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
    ORDER BY table_name, column_name`);
  const contraintes = await sql.query(`
    SELECT rel.relname AS table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition
    FROM pg_constraint con
    JOIN pg_class rel ON rel.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = rel.relnamespace
    WHERE n.nspname = 'public' AND rel.relname <> '_prisma_migrations'
    ORDER BY rel.relname, con.conname`);
  const index = await sql.query(`
    SELECT tablename, indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
    ORDER BY tablename, indexname`);
  const enums = await sql.query(`
    SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS valeurs
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`);
  return { colonnes: colonnes.rows, contraintes: contraintes.rows, index: index.rows, enums: enums.rows };
}
