// Issue 20 §1: every audit row goes through `journaliser` (lib/audit/journal.mutation.ts), whose details are flat
// scalars by type so that no personal or fiscal data can be dropped in by accident. A row written by hand elsewhere
// is named here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const racine = path.join(import.meta.dirname, "../..");
const SEUL_ECRIVAIN = "lib/audit/journal.mutation.ts";

function fichiers(dossier: string): string[] {
  return readdirSync(path.join(racine, dossier)).flatMap((n) => {
    const rel = `${dossier}/${n}`;
    if (rel === "lib/generated") return [];
    if (statSync(path.join(racine, rel)).isDirectory()) return fichiers(rel);
    return /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [rel] : [];
  });
}

describe("journal d'audit : un seul écrivain", () => {
  it("aucune ligne d'audit n'est écrite à la main hors de journaliser()", () => {
    const fautifs = ["app", "components", "lib", "scripts"]
      .flatMap(fichiers)
      .filter((f) => f !== SEUL_ECRIVAIN)
      .filter((f) =>
        /\bjournalAudit\.(?:create|createMany|createManyAndReturn|upsert)\s*\(/.test(
          readFileSync(path.join(racine, f), "utf8"),
        ),
      );
    expect(fautifs).toEqual([]);
  });
});
