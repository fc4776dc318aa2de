import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

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
