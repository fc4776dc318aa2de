// The Prisma CLI without Prisma's native schema engine (it cannot be downloaded on machines that reach only the npm
// registry): `tsx scripts/prisma.ts generate` (run by `npm install`), `tsx scripts/prisma.ts format [--check]`.
// The CLI refuses to run unless an engine file exists, but generating and formatting never execute it (formatting
// uses Prisma's WebAssembly build), so we point it at a stand-in that explains what to use instead. A machine with
// the real engine can set PRISMA_SCHEMA_ENGINE_BINARY itself and this script leaves it alone.
import { spawnSync } from "node:child_process";
import path from "node:path";

const racine = path.resolve(import.meta.dirname, "..");
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(racine, "prisma/tools/no-native-schema-engine.sh");
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const args = process.argv.slice(2);
const r = spawnSync(path.join(racine, "node_modules/.bin/prisma"), args.length > 0 ? args : ["generate"], {
  cwd: racine,
  env,
  stdio: "inherit",
});
process.exit(r.status ?? 1);
