// What the app process does once when it starts (instrumentation.ts): see preparerApplication. In embedded mode
// this must all happen in this process: PGlite is one process, one connection.
import path from "node:path";

import { applicationDb } from "./db";
import { preparerApplication } from "./demarrage";
import { env } from "./env";
import { logger } from "./log";

export async function demarrer(): Promise<void> {
  await preparerApplication(await applicationDb(), env(), logger, path.join(process.cwd(), "prisma/migrations"));
}
