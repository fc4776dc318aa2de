import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import type { Role } from "@/lib/generated/prisma/client";
import { consommerLimites, effacerLimite, type Limite } from "@/lib/securite/limites.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { chiffrerSecret, dechiffrerSecret } from "./domain/chiffrement-secret";
import {
  empreinteCodeSecours,
  genererCodesSecours,
  genreDeCode,
  nouveauSecretTotp,
  verifierCodeTotp,
} from "./domain/totp";

/**
 * Attempts at the second factor, counted by the portal's shared limiter: per account and client address (the
 * password is already known there), and per account whatever the address, so that 10⁶ codes cannot be tried from
 * many addresses (about 1 chance in 33 000 per quarter of an hour).
 */
export const LIMITES_SECOND_FACTEUR = {
  compteSource: { max: 5, fenetreSecondes: 15 * 60 },
  compte: { max: 10, fenetreSecondes: 15 * 60 },
} as const satisfies Record<string, Limite>;

const cleCompteSource = (compteId: string, source: string) => `second-facteur:${compteId}:${source}`;

export type EchecSecondFacteur =
  { ok: false; raison: "faux" | "deja_utilise" } | { ok: false; raison: "limite"; attenteSecondes: number };

interface Essai {
  compteId: string;
  /** The session waiting for its second factor: marked verified on success. */
  sessionId: string;
  code: string;
  maintenant: Date;
  /** Client address, for the limiter. */
  source: string;
  cle: Buffer;
}

async function limiter(db: Db, e: Essai): Promise<EchecSecondFacteur | null> {
  const r = await consommerLimites(db, [
    [cleCompteSource(e.compteId, e.source), LIMITES_SECOND_FACTEUR.compteSource],
    [`second-facteur-compte:${e.compteId}`, LIMITES_SECOND_FACTEUR.compte],
  ]);
  return r.accorde ? null : { ok: false, raison: "limite", attenteSecondes: r.attenteSecondes };
}

async function compteStaff(db: Db, compteId: string) {
  const c = await db.compte.findUniqueOrThrow({
    where: { id: compteId },
    select: { id: true, role: true, email: true, totpSecret: true, totpActiveLe: true, totpDernierPas: true },
  });
  if (c.role === "citoyen") throw new ErreurMetier("second_facteur_non_requis", "Ce compte n'a pas de second facteur.");
  return c;
}

async function marquerSession(db: Db, e: Essai, role: Role, action: string, details: Record<string, string | number>) {
  await db.session.updateMany({
    where: { id: e.sessionId, compteId: e.compteId, revoqueeLe: null },
    data: { secondFacteurLe: e.maintenant },
  });
  await effacerLimite(db, cleCompteSource(e.compteId, e.source));
  await journaliser(db, { id: e.compteId, role }, action, { type: "compte", id: e.compteId }, details, e.maintenant);
}

/**
 * The secret an account enrols with, created on first need and kept (encrypted) until a code confirms it: the page
 * can be shown again and gives the same QR code. Null once the account has an active second factor.
 */
export async function secretAEnroler(
  db: Db,
  compteId: string,
  cle: Buffer,
): Promise<{ secret: string; email: string | null } | null> {
  for (let essai = 0; essai < 2; essai++) {
    const c = await compteStaff(db, compteId);
    if (c.totpActiveLe) return null;
    const existant = c.totpSecret ? dechiffrerSecret(c.totpSecret, cle) : null;
    if (existant) return { secret: existant, email: c.email };
    const secret = nouveauSecretTotp();
    // Two renderings at once: one secret wins, the other reads it.
    const { count } = await db.compte.updateMany({
      where: { id: compteId, totpActiveLe: null, totpSecret: c.totpSecret },
      data: { totpSecret: chiffrerSecret(secret, cle) },
    });
    if (count === 1) return { secret, email: c.email };
  }
  throw new Error("secret TOTP : écritures concurrentes");
}

/**
 * Enrolment: the first code from the app proves it holds the secret. The second factor becomes active, 10 recovery
 * codes replace any earlier ones (only their digests are stored; the caller shows them once), this session counts
 * as verified. Audited.
 */
export async function confirmerEnrolement(
  db: Db,
  e: Essai,
): Promise<{ ok: true; codesSecours: string[] } | EchecSecondFacteur> {
  const limite = await limiter(db, e);
  if (limite) return limite;
  const c = await compteStaff(db, e.compteId);
  if (c.totpActiveLe || !c.totpSecret)
    throw new ErreurMetier("enrolement_termine", "Ce compte a déjà un second facteur : connectez-vous avec son code.");
  const secret = dechiffrerSecret(c.totpSecret, e.cle);
  const v = secret ? verifierCodeTotp({ secret, code: e.code, maintenant: e.maintenant, dernierPas: null }) : null;
  if (!v?.valide) return { ok: false, raison: v?.raison ?? "faux" };
  const codes = genererCodesSecours();
  const active = await db.$transaction(async (tx) => {
    const { count } = await tx.compte.updateMany({
      where: { id: c.id, totpActiveLe: null, totpSecret: c.totpSecret },
      data: { totpActiveLe: e.maintenant, totpDernierPas: v.pas },
    });
    if (count !== 1) return false;
    await tx.codeSecours.deleteMany({ where: { compteId: c.id } });
    await tx.codeSecours.createMany({
      data: codes.map((code) => ({ compteId: c.id, empreinte: empreinteCodeSecours(code), creeLe: e.maintenant })),
    });
    return true;
  });
  if (!active) return { ok: false, raison: "deja_utilise" };
  await marquerSession(db, e, c.role, "compte.second_facteur_active", { moyen: "totp" });
  return { ok: true, codesSecours: codes };
}

/**
 * Step 2 of a sign-in: a TOTP code (±1 step, never one whose step was already used) or an unused recovery code.
 * A failure is audited; success marks the session and is audited with what was used.
 */
export async function verifierSecondFacteur(
  db: Db,
  e: Essai,
): Promise<{ ok: true; moyen: "totp" | "code_secours"; codesRestants: number } | EchecSecondFacteur> {
  const limite = await limiter(db, e);
  if (limite) return limite;
  const c = await compteStaff(db, e.compteId);
  let resultat: { ok: true; moyen: "totp" | "code_secours" } | { ok: false; raison: "faux" | "deja_utilise" } = {
    ok: false,
    raison: "faux",
  };
  const genre = genreDeCode(e.code);
  if (genre === "totp" && c.totpActiveLe && c.totpSecret) {
    const secret = dechiffrerSecret(c.totpSecret, e.cle);
    const v = secret
      ? verifierCodeTotp({ secret, code: e.code, maintenant: e.maintenant, dernierPas: c.totpDernierPas })
      : null;
    if (v?.valide) {
      // The step is recorded only if no other request recorded it (or a later one) meanwhile: used once.
      const { count } = await db.compte.updateMany({
        where: { id: c.id, OR: [{ totpDernierPas: null }, { totpDernierPas: { lt: v.pas } }] },
        data: { totpDernierPas: v.pas },
      });
      resultat = count === 1 ? { ok: true, moyen: "totp" } : { ok: false, raison: "deja_utilise" };
    } else if (v) resultat = v.raison === "deja_utilise" ? { ok: false, raison: "deja_utilise" } : resultat;
  } else if (genre === "secours" && c.totpActiveLe) {
    const { count } = await db.codeSecours.updateMany({
      where: { compteId: c.id, empreinte: empreinteCodeSecours(e.code), utiliseLe: null },
      data: { utiliseLe: e.maintenant },
    });
    if (count === 1) resultat = { ok: true, moyen: "code_secours" };
  }
  if (!resultat.ok) {
    await journaliser(
      db,
      { id: c.id, role: c.role },
      "connexion.second_facteur_echec",
      { type: "compte", id: c.id },
      {
        raison: resultat.raison,
      },
      e.maintenant,
    );
    return resultat;
  }
  const codesRestants = await db.codeSecours.count({ where: { compteId: c.id, utiliseLe: null } });
  await marquerSession(db, e, c.role, "connexion.second_facteur", { moyen: resultat.moyen, codesRestants });
  return { ...resultat, codesRestants };
}

/**
 * An admin resets an agent's or admin's second factor (lost phone): secret and recovery codes are erased, every
 * open session of the account ends, and its next sign-in goes through enrolment again. Audited.
 */
export async function reinitialiserSecondFacteur(
  db: Db,
  acteur: { id: string; role: Role },
  compteId: string,
  maintenant: Date,
): Promise<void> {
  if (acteur.role !== "admin") throw new ErreurMetier("interdit", "Seul un administrateur peut faire cela.");
  await db.$transaction(async (tx) => {
    const c = await tx.compte.findUnique({ where: { id: compteId }, select: { role: true, totpActiveLe: true } });
    if (!c || c.role === "citoyen")
      throw new ErreurMetier("compte_inconnu", "Ce compte n'est pas celui d'un agent ou d'un administrateur.");
    await tx.compte.update({
      where: { id: compteId },
      data: { totpSecret: null, totpActiveLe: null, totpDernierPas: null },
      select: { id: true },
    });
    const { count: codes } = await tx.codeSecours.deleteMany({ where: { compteId } });
    const { count: sessions } = await tx.session.updateMany({
      where: { compteId, revoqueeLe: null },
      data: { revoqueeLe: maintenant },
    });
    await journaliser(
      tx,
      acteur,
      "compte.second_facteur_reinitialise",
      { type: "compte", id: compteId },
      { etaitActif: c.totpActiveLe !== null, codesEffaces: codes, sessionsFermees: sessions },
      maintenant,
    );
  });
}
