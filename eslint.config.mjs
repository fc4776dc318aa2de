import { readFileSync } from "node:fs";
import path from "node:path";

import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

// The layering the README promises, enforced (tests/lint/couches.test.ts proves each rule):
// domain/ is pure TypeScript; pages, routes and actions reach the database only through *.query.ts / *.mutation.ts;
// process.env is read in lib/server/env.ts alone.

// ── process.env ─────────────────────────────────────────────────────────────────────────────────────────────────────
const MESSAGE_ENV = "Lire la configuration via env() de lib/server/env.ts, seul lecteur de process.env.";
// Scripts, simulators, tests and tool configuration run outside the application and keep reading process.env.
const HORS_APPLICATION = ["scripts/**", "simulators/**", "tests/**", "e2e/**", "*.config.*", "prisma/**"];
// `process.env.X`, `process.env["X"]`, `const { X } = process.env` and `const { env } = process` all go through the
// member `process.env`, which no-restricted-properties sees; the `env` export of node:process does not.
const importsEnv = ["node:process", "process"].map((name) => ({ name, importNames: ["env"], message: MESSAGE_ENV }));

// ── domain/ ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const MESSAGE_DOMAINE =
  "Un dossier domain/ reste en TypeScript pur : ni Prisma, ni Next, ni React, ni lib/server. " +
  "Définir le type côté domaine (union de littéraux) et laisser les *.query.ts / *.mutation.ts faire la conversion.";
const importsInterditsDansDomaine = [
  {
    group: ["@prisma/*", "@prisma/**", "@/lib/generated", "@/lib/generated/**"],
    message: MESSAGE_DOMAINE,
  },
  {
    group: ["next", "next/**", "next-auth", "next-auth/**", "react", "react/**", "react-dom", "react-dom/**"],
    message: MESSAGE_DOMAINE,
  },
  { group: ["server-only", "@/lib/server", "@/lib/server/**"], message: MESSAGE_DOMAINE },
  // Relative paths up to lib/server or lib/generated (`../../server/db`, `../../../lib/generated/prisma/client`).
  { regex: "^(\\.\\./)+(lib/)?(server|generated)(/|$)", message: MESSAGE_DOMAINE },
];

// ── Prisma in pages, route handlers and actions ─────────────────────────────────────────────────────────────────────
// One delegate per model (and view) of the schema, lower-camel-cased as the client names them, read when the
// configuration loads: a new model is covered without touching this file.
const schema = readFileSync(path.join(import.meta.dirname, "prisma/schema.prisma"), "utf8");
const delegues = [...schema.matchAll(/^(?:model|view)\s+(\w+)\s*\{/gm)].map(([, m]) => m[0].toLowerCase() + m.slice(1));
if (delegues.length === 0) throw new Error("eslint.config.mjs : aucun modèle lu dans prisma/schema.prisma");
const METHODES_PRISMA = [
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
  "count",
  "aggregate",
  "groupBy",
];
const METHODES_CLIENT = ["$transaction", "$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe"];
const MESSAGE_PRISMA =
  "Pas d'accès Prisma dans une page, une route ou une action : appeler une fonction d'un *.query.ts ou " +
  "*.mutation.ts (db ou tx en premier paramètre, select explicite, propriété vérifiée dans le where).";
const ou = (noms) => noms.map((n) => n.replace(/\$/g, "\\$")).join("|");
// Whatever the client is called (db, tx, prisma, base, `(await db())`): `<client>.<delegate>.<method>`, called or not.
const selecteursPrisma = [
  {
    selector: `MemberExpression[object.type='MemberExpression'][object.property.name=/^(${ou(delegues)})$/][property.name=/^(${ou(METHODES_PRISMA)})$/]`,
    message: MESSAGE_PRISMA,
  },
  {
    selector: `MemberExpression[property.name=/^(${ou(METHODES_CLIENT)})$/]`,
    message: MESSAGE_PRISMA,
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    ".data/**",
    "tmp/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: MESSAGE_ENV },
        { object: "globalThis", property: "process", message: MESSAGE_ENV },
      ],
      "no-restricted-imports": ["error", { paths: importsEnv }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/domain/**"],
    rules: { "no-restricted-imports": ["error", { paths: importsEnv, patterns: importsInterditsDansDomaine }] },
  },
  {
    files: ["app/**", "components/**", "**/*.action.ts"],
    rules: { "no-restricted-syntax": ["error", ...selecteursPrisma] },
  },
  {
    files: ["lib/server/env.ts", ...HORS_APPLICATION],
    rules: { "no-restricted-properties": "off", "no-restricted-imports": "off" },
  },
]);
