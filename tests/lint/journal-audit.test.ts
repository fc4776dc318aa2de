// Issue 20 §1: every audit row goes through `journaliser` (lib/audit/journal.mutation.ts), whose details are flat
// scalars by type so that no personal or fiscal data can be dropped in by accident. A row written by hand elsewhere
// is named here.
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { estUnTest, fichiersTypeScript, RACINE } from "@/tests/support/sources";

const SEUL_ECRIVAIN = "lib/audit/journal.mutation.ts";

describe("journal d'audit : un seul écrivain", () => {
  it("aucune ligne d'audit n'est écrite à la main hors de journaliser()", () => {
    const fautifs = ["app", "components", "lib", "scripts"]
      .flatMap(fichiersTypeScript)
      .filter((f) => !estUnTest(f))
      .filter((f) => f !== SEUL_ECRIVAIN)
      .filter((f) =>
        /\bjournalAudit\.(?:create|createMany|createManyAndReturn|upsert)\s*\(/.test(
          readFileSync(path.join(RACINE, f), "utf8"),
        ),
      );
    expect(fautifs).toEqual([]);
  });
});
