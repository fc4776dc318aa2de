import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

// The layering the README promises, enforced (tests/lint/couches.test.ts proves each rule):
// domain/ is pure TypeScript.

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
      // process.env is read in one place (lib/server/env.ts); scripts and test tooling are the exceptions.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Lire la configuration via lib/server/env.ts." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/domain/**"],
    rules: { "no-restricted-imports": ["error", { patterns: importsInterditsDansDomaine }] },
  },
  {
    files: [
      "lib/server/env.ts",
      "scripts/**",
      "simulators/**",
      "tests/**",
      "e2e/**",
      "*.config.*",
      "instrumentation.ts",
      "prisma/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
]);
