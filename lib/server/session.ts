import "server-only";

import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";

import { nomCookieSession } from "@/lib/auth/cookie";
import { validerSession, type SessionValide } from "@/lib/comptes/sessions.mutation";
import type { Role } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { env } from "./env";

export type SessionUtilisateur = SessionValide;

/**
 * The signed-in person, or null. The next-auth JWT cookie only carries a session id; whether that session is
 * still valid (idle time, absolute limit, revocation, closed account) is decided by the database on every call.
 */
export async function lireSession(): Promise<SessionUtilisateur | null> {
  return sessionDuJeton((await cookies()).get(nomCookieSession())?.value);
}

/** The same, from the session cookie's value (proxy.ts reads it from the request). */
export async function sessionDuJeton(jeton: string | undefined): Promise<SessionUtilisateur | null> {
  if (!jeton) return null;
  const e = env();
  const contenu = await decode({ token: jeton, secret: e.AUTH_SECRET }).catch(() => null);
  const sid = typeof contenu?.sid === "string" ? contenu.sid : null;
  if (!sid) return null;
  return validerSession(await db(), sid, new Date(), { inactiviteMinutes: e.SESSION_IDLE_MINUTES });
}

/** For pages: the session, or a redirect to the sign-in page that comes back here afterwards. */
async function exigerSession(retour: string): Promise<SessionUtilisateur> {
  const s = await lireSession();
  if (!s) redirect(`/connexion?retour=${encodeURIComponent(retour)}`);
  return s;
}

/** For pages: the session with one of these roles; otherwise sign-in (no session) or 403 (wrong role). */
export async function exigerRole(roles: Role[], retour: string): Promise<SessionUtilisateur> {
  const s = await exigerSession(retour);
  if (!roles.includes(s.compte.role)) forbidden();
  return s;
}
