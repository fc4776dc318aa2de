// One format for every file, checked by `npm test` (`npm run format` rewrites, `npm run format:check` checks).
// Imports sorted in three groups: Node built-ins, packages, then the project's own (`@/…` and relative).
/** @type {import("prettier").Config} */
const config = {
  printWidth: 120,
  // Tagged templates (html`…`, sql`…`) are output, not code: their whitespace is what the page or the query gets.
  embeddedLanguageFormatting: "off",
  plugins: ["@ianvs/prettier-plugin-sort-imports"],
  importOrder: ["<BUILTIN_MODULES>", "", "<THIRD_PARTY_MODULES>", "", "^@/(.*)$", "^[.]"],
  importOrderTypeScriptVersion: "5.9.3",
};

export default config;
