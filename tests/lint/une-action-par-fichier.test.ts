// Issue 20 §1: one server action per file (`*.action.ts`, "use server"), each through creerAction (role, schema,
// ownership and the French error state in one place; creerActionPublique before sign-in). A file that gathers several actions, or an action written
// without the wrapper, is named here.
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { estUnTest, fichiersTypeScript, RACINE } from "@/tests/support/sources";

const actions = ["app", "components", "lib"]
  .flatMap(fichiersTypeScript)
  .filter((f) => !estUnTest(f))
  .map((f) => ({ f, source: readFileSync(path.join(RACINE, f), "utf8") }))
  .filter(({ source }) => /^["']use server["'];/m.test(source));

describe("actions serveur : une par fichier, toutes par creerAction", () => {
  it("il y a des actions à examiner", () => {
    expect(actions.length).toBeGreaterThan(40);
  });

  it("chaque fichier « use server » exporte une seule action", () => {
    const plusieurs = actions
      .map(({ f, source }) => ({ f, n: source.match(/^export (?:async function|const) /gm)?.length ?? 0 }))
      .filter(({ n }) => n !== 1)
      .map(({ f, n }) => `${f} (${n})`);
    expect(plusieurs).toEqual([]);
  });

  it("chaque action passe par creerAction (ou creerActionPublique, avant la connexion)", () => {
    const sansEnveloppe = actions.filter(({ source }) => !/=\s*creerAction(?:Publique)?\s*\(/.test(source));
    expect(sansEnveloppe.map(({ f }) => f)).toEqual([]);
  });
});
