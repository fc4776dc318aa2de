import "server-only";

import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";

import { journaliser } from "@/lib/audit/journal.mutation";
import { creerSession } from "@/lib/comptes/sessions.mutation";
import type { Db } from "@/lib/server/database";
import { env } from "@/lib/server/env";
import { nomCookieSession, optionsCookieSession } from "./cookie";

/** Opens a session for a local account and sets next-auth's session cookie (same JWT form as an OIDC sign-in). */
export async function ouvrirSessionLocale(db: Db, compteId: string): Promise<void> {
  const e = env();
  const sid = await creerSession(db, {
    compteId,
    fournisseur: "local",
    maintenant: new Date(),
    regles: { inactiviteMinutes: e.SESSION_IDLE_MINUTES, dureeMaxHeures: e.SESSION_MAX_HOURS },
  });
  const maxAge = e.SESSION_MAX_HOURS * 3600;
  const jwt = await encode({ token: { sid }, secret: e.AUTH_SECRET, maxAge });
  (await cookies()).set(nomCookieSession(), jwt, optionsCookieSession(maxAge));
  await journaliser(db, { id: compteId, role: null }, "connexion", null, { fournisseur: "local" });
}
