import "server-only";

import { createHash, randomBytes } from "node:crypto";

import type { TypeJeton } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/database";

const empreinte = (jeton: string) => createHash("sha256").update(jeton).digest("hex");

/** When a token issued now for this many hours stops working (the e-mail carrying it is not sent after that). */
export const finDeValidite = (maintenant: Date, dureeHeures: number) =>
  new Date(maintenant.getTime() + dureeHeures * 3_600_000);

/** A single-use link token; only its hash is stored. */
export async function emettreJeton(
  db: Tx,
  p: {
    type: TypeJeton;
    compteId?: string;
    foyerId?: string;
    responsableId?: string;
    dureeHeures: number;
    maintenant: Date;
  },
): Promise<string> {
  const jeton = randomBytes(32).toString("base64url");
  await db.jetonCompte.create({
    data: {
      type: p.type,
      empreinte: empreinte(jeton),
      compteId: p.compteId,
      foyerId: p.foyerId,
      responsableId: p.responsableId,
      creeLe: p.maintenant,
      expireLe: finDeValidite(p.maintenant, p.dureeHeures),
    },
  });
  return jeton;
}

/** Uses a token once: null when unknown, of another type, expired or already used. */
export async function consommerJeton(db: Tx, type: TypeJeton, jeton: string, maintenant: Date) {
  const { count } = await db.jetonCompte.updateMany({
    where: { empreinte: empreinte(jeton), type, utiliseLe: null, expireLe: { gt: maintenant } },
    data: { utiliseLe: maintenant },
  });
  if (count !== 1) return null;
  return db.jetonCompte.findUniqueOrThrow({
    where: { empreinte: empreinte(jeton) },
    select: { compteId: true, foyerId: true },
  });
}

/** Checks a token without using it (to show the right form). */
export async function jetonValide(db: Tx, type: TypeJeton, jeton: string, maintenant: Date): Promise<boolean> {
  return (
    (await db.jetonCompte.count({
      where: { empreinte: empreinte(jeton), type, utiliseLe: null, expireLe: { gt: maintenant } },
    })) === 1
  );
}

/** The household a valid (unused, unexpired) token was issued for, without using it. */
export async function foyerDuJeton(db: Tx, type: TypeJeton, jeton: string, maintenant: Date): Promise<string | null> {
  const j = await db.jetonCompte.findFirst({
    where: { empreinte: empreinte(jeton), type, utiliseLe: null, expireLe: { gt: maintenant } },
    select: { foyerId: true },
  });
  return j?.foyerId ?? null;
}

/** Expired and used tokens serve nothing any more (only their hash was ever stored). */
export async function purgerJetonsExpires(db: Tx, maintenant: Date): Promise<number> {
  const { count } = await db.jetonCompte.deleteMany({
    where: { OR: [{ expireLe: { lte: maintenant } }, { utiliseLe: { not: null } }] },
  });
  return count;
}

/**
 * The second parent an unexpired invitation was sent to, while they are still the household's second parent with
 * their own foyer fiscal, and whether it was used: a link issued for someone else (replaced, removed then declared
 * again) or before links were bound to a person is worth nothing.
 */
export async function lienSecondParent(
  db: Tx,
  jeton: string,
  maintenant: Date,
): Promise<{ foyerId: string; responsableId: string; utilise: boolean } | null> {
  const j = await db.jetonCompte.findFirst({
    where: {
      empreinte: empreinte(jeton),
      type: "invitation_second_parent",
      expireLe: { gt: maintenant },
      responsable: { rang: 2, foyerFiscalDistinct: true },
    },
    select: { foyerId: true, responsableId: true, utiliseLe: true, responsable: { select: { foyerId: true } } },
  });
  if (!j?.foyerId || !j.responsableId || j.responsable?.foyerId !== j.foyerId) return null;
  return { foyerId: j.foyerId, responsableId: j.responsableId, utilise: j.utiliseLe !== null };
}

/** The same, while the link has not been used: it can still start an authorization. */
export async function invitationSecondParent(
  db: Tx,
  jeton: string,
  maintenant: Date,
): Promise<{ foyerId: string; responsableId: string } | null> {
  const l = await lienSecondParent(db, jeton, maintenant);
  return l && !l.utilise ? { foyerId: l.foyerId, responsableId: l.responsableId } : null;
}

/** Invitations sent to this responsable are revoked (they changed: another person, or no longer declared). */
export async function revoquerInvitations(db: Tx, responsableId: string): Promise<void> {
  await db.jetonCompte.deleteMany({ where: { type: "invitation_second_parent", responsableId } });
}
