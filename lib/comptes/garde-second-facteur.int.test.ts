// The guard itself: the session reader every page, action and route goes through (lib/server/session.ts) does not
// hand out a local agent's or admin's session that has not shown its second factor. The browser's cookie and the
// database handle are replaced at their module boundary; the reader, next-auth's JWT and the session rows are real.
import { randomUUID } from "node:crypto";

import { encode } from "next-auth/jwt";
import { expect, it, vi } from "vitest";

import type { Db } from "@/lib/server/database";
import { surLesDeuxBases } from "@/tests/support/bases";
import { VARIABLES_DE_TEST } from "@/tests/support/variables-env";
import { creerSession } from "./sessions.mutation";

const contexte = vi.hoisted(() => ({ jeton: undefined as string | undefined, db: null as Db | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (contexte.jeton ? { value: contexte.jeton } : undefined) }),
}));
vi.mock("@/lib/server/db", () => ({ db: async () => contexte.db }));
vi.mock("@/lib/server/env", async (importOriginal) => {
  const reel = await importOriginal<typeof import("@/lib/server/env")>();
  const e = reel.lireEnv(VARIABLES_DE_TEST);
  return { ...reel, env: () => e };
});

const session = await import("@/lib/server/session");
const REGLES = { inactiviteMinutes: 30, dureeMaxHeures: 12 };

async function connecter(db: Db, role: "citoyen" | "agent" | "admin", secondFacteurLe?: Date) {
  const { id } = await db.compte.create({ data: { role, email: `${role}.${randomUUID()}@commune.test` } });
  const sid = await creerSession(db, {
    compteId: id,
    fournisseur: "local",
    maintenant: new Date(),
    regles: REGLES,
    secondFacteurLe,
  });
  contexte.jeton = await encode({ token: { sid }, secret: VARIABLES_DE_TEST.AUTH_SECRET!, maxAge: 3600 });
  return id;
}

surLesDeuxBases("garde du second facteur (lecture de la session)", (base) => {
  it("une session agent ou admin locale sans second facteur vérifié n'est pas une session pour le portail", async () => {
    const db = base().prisma;
    contexte.db = db;
    for (const role of ["agent", "admin"] as const) {
      await connecter(db, role);
      expect(await session.lireSession(), role).toBeNull();
      expect((await session.lireSessionEnAttente())?.compte.role, role).toBe(role);
      const id = await connecter(db, role, new Date());
      expect((await session.lireSession())?.compte.id, role).toBe(id);
      expect(await session.lireSessionEnAttente(), role).toBeNull();
    }
    const famille = await connecter(db, "citoyen");
    expect((await session.lireSession())?.compte.id).toBe(famille);
  });
});
