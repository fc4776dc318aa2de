// The layering rules of eslint.config.mjs, proved on small deliberate violations at virtual paths: each must fire
// with its own rule id where the README forbids the code, and stay silent on the allowed counterpart.
import path from "node:path";

import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const racine = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

/** Rule ids reported for `code` as if it were the file at `chemin` (sorted; a parse error shows as such). */
async function regles(chemin: string, code: string): Promise<string[]> {
  const [resultat] = await eslint.lintText(code, { filePath: path.join(racine, chemin) });
  return resultat!.messages.map((m) => m.ruleId ?? `erreur d'analyse : ${m.message}`).sort();
}

beforeAll(async () => {
  eslint = new ESLint({ cwd: racine });
  await regles("lib/x.ts", "export const x = 1;\n"); // loads the configuration and its plugins once
}, 120_000);

const IMPORTS = "no-restricted-imports";

describe("un dossier domain/ n'importe ni Prisma, ni Next, ni React, ni lib/server", () => {
  const DOMAINE = "lib/foyers/domain/x.ts";
  it.each([
    ["le client de l'application", 'import { db } from "@/lib/server/db";\nexport const x = db;\n'],
    ["lib/server, même pour un type", 'import type { Db } from "@/lib/server/database";\nexport type X = Db;\n'],
    [
      "un enum Prisma généré (import de type)",
      'import type { Role } from "@/lib/generated/prisma/client";\nexport type R = Role;\n',
    ],
    ["@prisma/client", 'import { Prisma } from "@prisma/client";\nexport const x = Prisma;\n'],
    [
      "un sous-chemin de @prisma",
      'import { Decimal } from "@prisma/client/runtime/library";\nexport const x = Decimal;\n',
    ],
    ["next", 'import type { Metadata } from "next";\nexport type M = Metadata;\n'],
    ["next/navigation", 'import { redirect } from "next/navigation";\nexport const x = redirect;\n'],
    ["next-auth", 'import { encode } from "next-auth/jwt";\nexport const x = encode;\n'],
    ["react", 'import { useState } from "react";\nexport const x = useState;\n'],
    ["server-only", 'import "server-only";\nexport const x = 1;\n'],
    ["lib/server par un chemin relatif", 'import { env } from "../../server/env";\nexport const x = env;\n'],
    [
      "le client généré par un chemin relatif",
      'import type { Role } from "../../generated/prisma/client";\nexport type R = Role;\n',
    ],
    ["une réexportation", 'export { db } from "@/lib/server/db";\n'],
  ])("refusé : %s", async (_cas, code) => {
    expect(await regles(DOMAINE, code)).toEqual([IMPORTS]);
  });

  it("refusé aussi dans un sous-dossier de domain/ et dans ses tests", async () => {
    const code = 'import { db } from "@/lib/server/db";\nexport const x = db;\n';
    expect(await regles("lib/tarifs/domain/editeur/x.ts", code)).toEqual([IMPORTS]);
    expect(await regles("lib/integrations/dgfip/domain/x.test.ts", code)).toEqual([IMPORTS]);
  });

  it("permis : zod, un autre domaine, un fichier voisin ; et lib/server hors de domain/", async () => {
    const pur =
      'import { z } from "zod";\n\nimport type { Residence } from "@/lib/tarifs/domain/entree";\nimport { y } from "./y";\n' +
      "export const x = z.string();\nexport type R = Residence;\nexport const w = y;\n";
    expect(await regles(DOMAINE, pur)).toEqual([]);
    const requete =
      'import "server-only";\n\nimport type { Role } from "@/lib/generated/prisma/client";\nimport { db } from "@/lib/server/db";\n' +
      "export const x = db;\nexport type R = Role;\n";
    expect(await regles("lib/foyers/foyer.query.ts", requete)).toEqual([]);
  });
});
