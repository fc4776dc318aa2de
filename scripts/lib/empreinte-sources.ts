// A hash of everything that goes into `next build`, to rebuild only when the sources changed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ENTREES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const IGNORES = new Set(["node_modules", ".next", "generated"]);

function fichiers(chemin: string): string[] {
  if (!existsSync(chemin)) return [];
  if (!statSync(chemin).isDirectory()) return [chemin];
  return readdirSync(chemin, { withFileTypes: true })
    .filter((d) => !IGNORES.has(d.name) && !d.name.endsWith(".test.ts"))
    .flatMap((d) => fichiers(path.join(chemin, d.name)))
    .sort();
}

export function empreinteSources(racine: string): string {
  const h = createHash("sha256");
  for (const f of ENTREES.flatMap((e) => fichiers(path.join(racine, e)))) {
    h.update(path.relative(racine, f)).update("\0").update(readFileSync(f)).update("\0");
  }
  return h.digest("hex");
}

const fichierEmpreinte = (racine: string) => path.join(racine, ".next", "empreinte-sources");

export function lireEmpreinteConstruite(racine: string): string | null {
  const f = fichierEmpreinte(racine);
  return existsSync(f) && existsSync(path.join(racine, ".next", "BUILD_ID")) ? readFileSync(f, "utf8").trim() : null;
}

export function ecrireEmpreinteConstruite(racine: string, empreinte: string): void {
  writeFileSync(fichierEmpreinte(racine), `${empreinte}\n`);
}
