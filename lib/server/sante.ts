import "server-only";

import { applicationDb } from "./db";

export interface Sante {
  statut: "ok" | "degrade";
  application: "ok";
  base: { statut: "ok" | "indisponible"; genre?: "embarquee" | "postgresql"; latenceMs?: number };
}

const DELAI_MS = 2_000;

/** The app answers; the database answers `SELECT 1` within two seconds. */
export async function verifierSante(): Promise<Sante> {
  const debut = performance.now();
  try {
    const base = await applicationDb();
    let minuterie: NodeJS.Timeout | undefined;
    await Promise.race([
      base.sql.query("SELECT 1"),
      new Promise((_, rejeter) => (minuterie = setTimeout(() => rejeter(new Error("délai dépassé")), DELAI_MS))),
    ]).finally(() => clearTimeout(minuterie));
    return {
      statut: "ok",
      application: "ok",
      base: { statut: "ok", genre: base.genre, latenceMs: Math.round(performance.now() - debut) },
    };
  } catch {
    return { statut: "degrade", application: "ok", base: { statut: "indisponible" } };
  }
}
