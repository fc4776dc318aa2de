import "server-only";

import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";

import { nomCookieSession } from "@/lib/auth/cookie";
import { CHEMIN_SECOND_FACTEUR, sessionComplete } from "@/lib/auth/domain/second-facteur";
import { validerSession, type SessionValide } from "@/lib/comptes/sessions.mutation";
import type { Role } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { env } from "./env";

export type SessionUtilisateur = SessionValide;

/**
 * The signed-in person, or null. The next-auth JWT cookie only carries a session id; whether that session is
 * still valid (idle time, absolute limit, revocation, closed account) is decided by the database on every call.
 * A local agent or admin who has not yet shown their second factor is not signed in for any page, action or route:
 * only the second-factor pages read that session (`lireSessionEnAttente`).
 */
export async function lireSession(): Promise<SessionUtilisateur | null> {
  const s = await lireSessionValide();
  return s && sessionComplete(s.secondFacteur) ? s : null;
}

/** A staff session past its password, waiting for its second factor (to check it or to enrol), or null. */
export async function lireSessionEnAttente(): Promise<SessionUtilisateur | null> {
  const s = await lireSessionValide();
  return s && !sessionComplete(s.secondFacteur) ? s : null;
}

async function lireSessionValide(): Promise<SessionUtilisateur | null> {
  return sessionDuJeton((await cookies()).get(nomCookieSession())?.value);
}

/**
 * The valid session of a cookie's value, second factor shown or not: proxy.ts reads it from the request only to
 * refuse a role (a staff session still waiting for its second factor has no more rights than its role).
 */
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
  const s = await lireSessionValide();
  if (s && sessionComplete(s.secondFacteur)) return s;
  // Past the password, not yet past the second factor: to that step, which comes back here.
  redirect(`${s ? CHEMIN_SECOND_FACTEUR : "/connexion"}?retour=${encodeURIComponent(retour)}`);
}

/** For pages: the session with one of these roles; otherwise sign-in (no session) or 403 (wrong role). */
export async function exigerRole(roles: Role[], retour: string): Promise<SessionUtilisateur> {
  const s = await exigerSession(retour);
  if (!roles.includes(s.compte.role)) forbidden();
  return s;
}
