// The layering rules of eslint.config.mjs, proved on small deliberate violations at virtual paths: each must fire
// with its own rule id where the README forbids the code, and stay silent on the allowed counterpart.
import { readFileSync } from "node:fs";
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
const SYNTAXE = "no-restricted-syntax";
const PROPRIETES = "no-restricted-properties";

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

describe("ni page, ni route, ni action n'appelle Prisma", () => {
  it.each([
    [
      "une page",
      "app/(citoyen)/espace/x/page.tsx",
      "export default async function P() {\n  const c = await db.compte.findMany();\n  return <p>{c.length}</p>;\n}\n",
    ],
    [
      "une route, client obtenu en ligne",
      "app/api/x/route.ts",
      "export async function GET() {\n  return Response.json(await (await db()).enfant.count());\n}\n",
    ],
    [
      "une action, transaction",
      "lib/foyers/x.action.ts",
      '"use server";\nexport async function a(tx) {\n  await tx.$transaction(async () => {});\n}\n',
    ],
    [
      "une action, SQL brut",
      "lib/foyers/x.action.ts",
      '"use server";\nexport async function a(prisma) {\n  return prisma.$queryRaw`SELECT 1`;\n}\n',
    ],
    [
      "une action, SQL brut non sûr",
      "lib/foyers/x.action.ts",
      '"use server";\nexport const a = (db, sql) => db.$executeRawUnsafe(sql);\n',
    ],
    [
      "une action, délégué passé sans appel",
      "lib/foyers/x.action.ts",
      '"use server";\nexport const a = (base) => base.journalAudit.create;\n',
    ],
  ])("refusé : %s", async (_cas, chemin, code) => {
    expect(await regles(chemin, code)).toEqual([SYNTAXE]);
  });

  it("chaque modèle du schéma est couvert, lu depuis prisma/schema.prisma", async () => {
    const schema = readFileSync(path.join(racine, "prisma/schema.prisma"), "utf8");
    const delegues = [...schema.matchAll(/^(?:model|view)\s+(\w+)\s*\{/gm)].map(
      ([, m]) => m![0]!.toLowerCase() + m!.slice(1),
    );
    expect(delegues).toContain("journalAudit");
    const code = `export async function GET() {\n${delegues.map((d) => `  await db.${d}.deleteMany();\n`).join("")}}\n`;
    expect(await regles("app/api/x/route.ts", code)).toEqual(delegues.map(() => SYNTAXE));
  });

  it("permis : les mêmes appels dans un *.query.ts ou un *.mutation.ts", async () => {
    const code =
      "export async function f(db) {\n  await db.$transaction(async (tx) => tx.compte.update({ where: { id: '1' }, data: {} }));\n" +
      "  return db.compte.findMany();\n}\n";
    expect(await regles("lib/foyers/x.query.ts", code)).toEqual([]);
    expect(await regles("lib/foyers/x.mutation.ts", code)).toEqual([]);
  });

  it("permis : passer db à une fonction de requête, lire la session, les méthodes homonymes d'autres objets", async () => {
    const action =
      '"use server";\nexport async function a(db, session, cache) {\n  cache.delete(session.compte.id);\n' +
      "  return listerMesEnfants(db, session.compte.id, formulaire.get('x'));\n}\n";
    expect(await regles("lib/enfants/x.action.ts", action)).toEqual([]);
    const page =
      "export default async function P() {\n  const e = await listerMesEnfants(await db(), 'id');\n  return <p>{e.length}</p>;\n}\n";
    expect(await regles("app/(citoyen)/espace/x/page.tsx", page)).toEqual([]);
  });
});

describe("process.env n'est lu que par lib/server/env.ts", () => {
  it.each([
    ["process.env.X", "export const x = process.env.X;\n"],
    ['process.env["X"]', 'export const x = process.env["X"];\n'],
    ["const { X } = process.env", "const { X } = process.env;\nexport const x = X;\n"],
    ["const { env } = process", "const { env } = process;\nexport const x = env.X;\n"],
    ["globalThis.process.env", "export const x = globalThis.process.env.X;\n"],
  ])("refusé dans un composant : %s", async (_cas, code) => {
    expect(await regles("components/x.tsx", code)).toEqual([PROPRIETES]);
  });

  it("refusé : l'export env de node:process", async () => {
    expect(await regles("lib/foyers/x.ts", 'import { env } from "node:process";\nexport const x = env.X;\n')).toEqual([
      IMPORTS,
    ]);
    // In domain/, the same rule also carries the layering patterns: both hold.
    expect(await regles("lib/foyers/domain/x.ts", 'import { env } from "process";\nexport const x = env.X;\n')).toEqual(
      [IMPORTS],
    );
  });

  it.each(["app/x/page.tsx", "lib/foyers/x.ts", "lib/server/db.ts", "proxy.ts", "instrumentation.ts"])(
    "refusé dans %s",
    async (chemin) => {
      expect(await regles(chemin, "export const x = process.env.X;\n")).toEqual([PROPRIETES]);
    },
  );

  it.each([
    "lib/server/env.ts",
    "scripts/x.ts",
    "simulators/x/y.ts",
    "tests/support/x.ts",
    "e2e/x.spec.ts",
    "next.config.ts",
    "prisma/x.ts",
  ])("permis dans %s", async (chemin) => {
    const code = 'import { env } from "node:process";\nexport const x = process.env.X ?? env.Y;\n';
    expect(await regles(chemin, code)).toEqual([]);
  });
});
