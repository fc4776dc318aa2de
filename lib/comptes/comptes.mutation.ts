import "server-only";

import { identiteDuCompte, type IdentitePivot } from "@/lib/auth/domain/franceconnect";
import type { Db } from "@/lib/server/database";

/**
 * The citizen account for a FranceConnect identity, keyed on the pairwise `sub` (never on the e-mail). The
 * certified identity is refreshed at every sign-in, unless the account was closed.
 */
export async function compteFranceConnect(
  db: Db,
  identite: IdentitePivot,
): Promise<{ id: string; fermeLe: Date | null }> {
  // A closed account keeps only its `sub` (so that signing in is refused): its erased identity is not written back.
  const ferme = await db.compte.findFirst({
    where: { franceConnectSub: identite.sub, fermeLe: { not: null } },
    select: { id: true, fermeLe: true },
  });
  if (ferme) return ferme;
  const donnees = identiteDuCompte(identite);
  // The e-mail FranceConnect gives becomes the contact address for notifications, unless another account (a
  // local one of the same person) already uses it: the account is never keyed on it.
  const email = identite.email?.toLowerCase();
  const emailLibre =
    email && !(await db.compte.findUnique({ where: { email }, select: { id: true } })) ? email : undefined;
  return db.compte.upsert({
    where: { franceConnectSub: identite.sub },
    create: { role: "citoyen", franceConnectSub: identite.sub, ...donnees, email: emailLibre },
    update: donnees,
    select: { id: true, fermeLe: true },
  });
}

/**
 * ProConnect is for public agents: only an existing, active agent or admin account may sign in with it, found by its
 * ProConnect `sub` or, the first time, by its professional e-mail (then the `sub` is linked).
 */
export async function compteProConnect(db: Db, p: { sub: string; email?: string }): Promise<{ id: string } | null> {
  const lie = await db.compte.findUnique({
    where: { proConnectSub: p.sub },
    select: { id: true, role: true, fermeLe: true, desactiveLe: true },
  });
  if (lie) return lie.role !== "citoyen" && !lie.fermeLe && !lie.desactiveLe ? { id: lie.id } : null;
  if (!p.email) return null;
  const parEmail = await db.compte.findUnique({
    where: { email: p.email.toLowerCase() },
    select: { id: true, role: true, fermeLe: true, desactiveLe: true, proConnectSub: true },
  });
  if (!parEmail || parEmail.role === "citoyen" || parEmail.fermeLe || parEmail.desactiveLe || parEmail.proConnectSub)
    return null;
  await db.compte.update({ where: { id: parEmail.id }, data: { proConnectSub: p.sub } });
  return { id: parEmail.id };
}
