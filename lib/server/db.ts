// The application's single database handle, shared through globalThis: Next.js may load this module in several
// bundles (instrumentation, routes) of one process, and an embedded PGlite data folder must be opened only once.
import { ouvrirBase, type Base, type Db } from "./database";
import { env } from "./env";

const cle = Symbol.for("portail-famille.base");
type Global = typeof globalThis & { [cle]?: Promise<Base> };

export function applicationDb(): Promise<Base> {
  const g = globalThis as Global;
  g[cle] ??= (() => {
    const e = env();
    return ouvrirBase(
      e.DATABASE_URL
        ? { genre: "postgresql", url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
        : { genre: "embarquee", dossier: e.PGLITE_DIR },
    );
  })();
  return g[cle];
}

/** Prisma client of the application database. */
export async function db(): Promise<Db> {
  return (await applicationDb()).prisma;
}

export type { Db };
