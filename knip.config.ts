import type { KnipConfig } from "knip";

// Unused files, exports and dependencies: `npm run knip`. The Next.js, Vitest, Playwright, ESLint, Prettier,
// Prisma, PostCSS and Tailwind plugins are enabled from package.json and read their own configuration files for
// their entry points (routes, proxy.ts, instrumentation.ts, test files, global setups); only what no plugin can
// see is listed here. The generated Prisma client (lib/generated/) is left out by .gitignore, which knip follows:
// listing it again under `ignore` only earns a "Remove from ignore" hint.
const config: KnipConfig = {
  entry: [
    // Run by hand with `npx tsx …` (README: benchmarks and measurements).
    "scripts/bench/*.ts",
    "scripts/mesure/*.ts",
    // Each simulator is its own process, spawned by path by `npm start` (scripts/lib/simulateurs.ts) or by hand;
    // `!` marks them as production entries, for `knip --production`.
    "simulators/*/main.ts!",
    // Run by hand: `npx tsx simulators/franceconnect/mesurer.ts` (simulators/franceconnect/README.md).
    "simulators/franceconnect/mesurer.ts",
    // playwright.config.ts starts it by path as the main end-to-end web server (this run's own PostgreSQL database).
    "e2e/support/serveur.ts",
    // scripts/start.ts spawns it by path: Next.js behind a Node server that records each request's TCP peer.
    "scripts/serveur.ts!",
    // Admin component for the account page /admin/comptes/[id] (ticket 11), placed there by the integration of that
    // page; its action is tested in lib/comptes/second-facteur.int.test.ts.
    "components/admin/reinitialiser-second-facteur.tsx",
    // vitest.config.ts aliases `server-only` to this file by path.
    "tests/support/vide.ts",
  ],
  // System tools run as separate processes, installed from Debian by .ci/run (README, « Pièces »).
  ignoreBinaries: ["qpdf", "sigtool"],
};

export default config;
