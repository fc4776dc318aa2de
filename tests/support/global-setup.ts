// Integration tests run against both databases. The real PostgreSQL comes from TEST_DATABASE_URL (default: the
// local server of these machines). When it cannot be reached: a loud warning and those suites are skipped on a
// laptop, but the run fails when CI is set.
import pg from "pg";
import type { TestProject } from "vitest/node";

export const URL_PAR_DEFAUT = "postgresql://postgres@127.0.0.1:5432/test";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL || URL_PAR_DEFAUT;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    project.provide("postgresUrl", url);
    console.log(`\n[bases de test] PGlite (embarquée) + PostgreSQL (${url.replace(/\/\/[^@]*@/, "//…@")})\n`);
  } catch (e) {
    const message = `PostgreSQL injoignable (${url}) : ${e instanceof Error ? e.message : String(e)}`;
    if (process.env.CI)
      throw new Error(`${message}. En CI les tests d'intégration doivent tourner sur les deux bases.`);
    console.warn(
      `\n${"!".repeat(100)}\n!! ${message}\n!! Les suites « PostgreSQL » sont IGNORÉES. Définissez TEST_DATABASE_URL ou démarrez PostgreSQL.\n${"!".repeat(100)}\n`,
    );
    project.provide("postgresUrl", null);
  } finally {
    await client.end().catch(() => {});
  }
}
