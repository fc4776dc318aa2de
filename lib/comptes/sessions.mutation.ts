import { randomBytes } from "node:crypto";

import { etatSecondFacteur, type EtatSecondFacteur } from "@/lib/auth/domain/second-facteur";
import type { FournisseurIdentite, Role } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";

export interface ReglesSession {
  inactiviteMinutes: number;
}

export interface ReglesSessionCompletes extends ReglesSession {
  dureeMaxHeures: number;
}

/** Opens a session row; the browser only ever holds its random id (inside the signed next-auth JWT). */
export async function creerSession(
  db: Db,
  d: {
    compteId: string;
    fournisseur: FournisseurIdentite;
    idToken?: string | null;
    maintenant: Date;
    regles: ReglesSessionCompletes;
    /** Set when the second factor was already checked (end-to-end fixtures); a sign-in leaves it empty. */
    secondFacteurLe?: Date;
  },
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id,
      compteId: d.compteId,
      fournisseur: d.fournisseur,
      idToken: d.idToken ?? null,
      creeLe: d.maintenant,
      derniereActiviteLe: d.maintenant,
      expireLe: new Date(d.maintenant.getTime() + d.regles.dureeMaxHeures * 3_600_000),
      secondFacteurLe: d.secondFacteurLe ?? null,
    },
  });
  await db.compte.update({ where: { id: d.compteId }, data: { derniereConnexionLe: d.maintenant } });
  return id;
}

export interface SessionValide {
  id: string;
  fournisseur: FournisseurIdentite;
  idToken: string | null;
  /** Local agents and admins: whether this session has shown its second factor (see lib/server/session.ts). */
  secondFacteur: EtatSecondFacteur;
  compte: {
    id: string;
    role: Role;
    prenoms: string | null;
    nomUsage: string | null;
    nomNaissance: string | null;
    email: string | null;
    identiteCertifiee: boolean;
  };
}

/** Not expired, not idle too long, not revoked, account open and not deactivated; refreshes the activity time (at most once a minute). */
export async function validerSession(
  db: Db,
  id: string,
  maintenant: Date,
  regles: ReglesSession,
): Promise<SessionValide | null> {
  const s = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      fournisseur: true,
      idToken: true,
      expireLe: true,
      derniereActiviteLe: true,
      revoqueeLe: true,
      secondFacteurLe: true,
      compte: {
        select: {
          id: true,
          role: true,
          prenoms: true,
          nomUsage: true,
          nomNaissance: true,
          email: true,
          identiteCertifiee: true,
          fermeLe: true,
          desactiveLe: true,
          totpActiveLe: true,
        },
      },
    },
  });
  if (!s || s.revoqueeLe || s.compte.fermeLe || s.compte.desactiveLe) return null;
  if (s.expireLe <= maintenant) return null;
  if (maintenant.getTime() - s.derniereActiviteLe.getTime() > regles.inactiviteMinutes * 60_000) return null;
  if (maintenant.getTime() - s.derniereActiviteLe.getTime() > 60_000) {
    await db.session.update({ where: { id }, data: { derniereActiviteLe: maintenant } });
  }
  const { fermeLe: _ferme, desactiveLe: _desactive, totpActiveLe, ...compte } = s.compte;
  const secondFacteur = etatSecondFacteur({
    role: compte.role,
    fournisseur: s.fournisseur,
    secondFacteurLe: s.secondFacteurLe,
    totpActif: totpActiveLe !== null,
  });
  return { id: s.id, fournisseur: s.fournisseur, idToken: s.idToken, secondFacteur, compte };
}

export async function revoquerSession(
  db: Db,
  id: string,
  maintenant: Date,
): Promise<{ idToken: string | null; fournisseur: FournisseurIdentite } | null> {
  const s = await db.session.findUnique({ where: { id }, select: { idToken: true, fournisseur: true } });
  if (!s) return null;
  await db.session.update({ where: { id }, data: { revoqueeLe: maintenant, idToken: null } });
  return s;
}

/** Deletes sessions past their absolute limit, idle too long, or revoked. Returns how many were removed. */
export async function purgerSessionsExpirees(db: Db, maintenant: Date, regles: ReglesSession): Promise<number> {
  const inactifDepuis = new Date(maintenant.getTime() - regles.inactiviteMinutes * 60_000);
  const { count } = await db.session.deleteMany({
    where: {
      OR: [
        { expireLe: { lte: maintenant } },
        { derniereActiviteLe: { lte: inactifDepuis } },
        { revoqueeLe: { not: null } },
      ],
    },
  });
  return count;
}
