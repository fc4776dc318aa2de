// Creates prisma/migrations/<timestamp>_<nom>/migration.sql from the difference between the existing migrations
// and prisma/schema.prisma, with Prisma's schema engine in WebAssembly (no native binary, no database server).
// Usage: npm run db:migration -- <nom_en_snake_case>
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import {
  cibleMigrations,
  cibleSchema,
  differenceSql,
  dossierMigrations,
  lireSchema,
} from "../prisma/tools/schema-engine";

const nom = process.argv[2];
if (!nom || !/^[a-z0-9_]+$/.test(nom)) {
  console.error("Usage : npm run db:migration -- <nom_en_snake_case>");
  process.exit(2);
}

const sql = await differenceSql(cibleMigrations(), cibleSchema(lireSchema()));
if (!sql) {
  console.log("Le schéma et les migrations concordent : aucune migration à créer.");
  process.exit(0);
}
const horodatage = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dossier = path.join(dossierMigrations, `${horodatage}_${nom}`);
mkdirSync(dossier, { recursive: true });
writeFileSync(path.join(dossier, "migration.sql"), `${sql}\n`);
console.log(`Migration créée : ${path.relative(process.cwd(), dossier)}/migration.sql`);
