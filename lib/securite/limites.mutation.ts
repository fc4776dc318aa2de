import "server-only";

// Rate limits shared by every instance: one row per key in `limite_debit`, incremented by one atomic statement
// (INSERT … ON CONFLICT DO UPDATE … WHERE), so concurrent requests on any instance never get more than `max`. A
// window opens at the first attempt and lasts `fenetreSecondes`; the database's clock decides, never process memory.
import { createHash } from "node:crypto";

import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { messageLimite } from "./message-limite";

export interface Limite {
  max: number;
  fenetreSecondes: number;
}

export type ResultatLimite = { accorde: true } | { accorde: false; attenteSecondes: number };

/**
 * Limits of the portal, per account (or e-mail) and per client address. Per-address ceilings are generous: many
 * families may share one address (a town hall, a mobile operator's NAT).
 */
export const LIMITES = {
  /** Failed sign-ins for one e-mail from one address: a stranger elsewhere cannot lock the account. */
  connexionCompteSource: { max: 5, fenetreSecondes: 15 * 60 },
  connexionSource: { max: 100, fenetreSecondes: 15 * 60 },
  creationCompteSource: { max: 20, fenetreSecondes: 60 * 60 },
  reinitialisationAdresse: { max: 3, fenetreSecondes: 60 * 60 },
  reinitialisationSource: { max: 20, fenetreSecondes: 60 * 60 },
  invitationCompte: { max: 10, fenetreSecondes: 24 * 60 * 60 },
  invitationSource: { max: 50, fenetreSecondes: 24 * 60 * 60 },
  depotCompte: { max: 30, fenetreSecondes: 60 * 60 },
  depotSource: { max: 100, fenetreSecondes: 60 * 60 },
  envoiCompte: { max: 20, fenetreSecondes: 60 * 60 },
  envoiSource: { max: 100, fenetreSecondes: 60 * 60 },
} as const satisfies Record<string, Limite>;

/** E-mail addresses are personal data: counters key on a digest. */
export function empreinte(texte: string): string {
  return createHash("sha256").update(texte.trim().toLowerCase()).digest("base64url").slice(0, 22);
}

export async function consommerLimite(db: Db, cle: string, limite: Limite): Promise<ResultatLimite> {
  const accorde = await db.$queryRaw<{ compteur: number }[]>`
    INSERT INTO limite_debit (cle, debut, compteur) VALUES (${cle}, clock_timestamp(), 1)
    ON CONFLICT (cle) DO UPDATE SET
      debut = CASE WHEN limite_debit.debut <= clock_timestamp() - make_interval(secs => ${limite.fenetreSecondes}::int)
        THEN clock_timestamp() ELSE limite_debit.debut END,
      compteur = CASE WHEN limite_debit.debut <= clock_timestamp() - make_interval(secs => ${limite.fenetreSecondes}::int)
        THEN 1 ELSE limite_debit.compteur + 1 END
      WHERE limite_debit.debut <= clock_timestamp() - make_interval(secs => ${limite.fenetreSecondes}::int)
        OR limite_debit.compteur < ${limite.max}::int
    RETURNING compteur`;
  if (accorde.length > 0) return { accorde: true };
  const [reste] = await db.$queryRaw<{ s: number }[]>`
    SELECT greatest(1, ceil(extract(epoch FROM debut + make_interval(secs => ${limite.fenetreSecondes}::int) - clock_timestamp())))::int AS s
    FROM limite_debit WHERE cle = ${cle}`;
  return { accorde: false, attenteSecondes: Number(reste?.s ?? limite.fenetreSecondes) };
}

/** Several limits at once (per account and per address): refused if any is reached, with the longest wait. */
export async function consommerLimites(db: Db, essais: [string, Limite][]): Promise<ResultatLimite> {
  let attente = 0;
  for (const [cle, limite] of essais) {
    const r = await consommerLimite(db, cle, limite);
    if (!r.accorde) attente = Math.max(attente, r.attenteSecondes);
  }
  return attente > 0 ? { accorde: false, attenteSecondes: attente } : { accorde: true };
}

/** For actions: throws the French "too many attempts" error when a limit is reached. */
export async function exigerLimites(db: Db, essais: [string, Limite][], quoi: string): Promise<void> {
  const r = await consommerLimites(db, essais);
  if (!r.accorde) throw new ErreurMetier("trop_de_tentatives", messageLimite(r.attenteSecondes, quoi));
}

/** A successful sign-in forgets the failures counted for that e-mail from that address. */
export async function effacerLimite(db: Db, cle: string): Promise<void> {
  await db.limiteDebit.deleteMany({ where: { cle } });
}

/** Removes rows whose window closed long ago (the longest window is a day). */
export async function purgerLimites(db: Db, avant: Date): Promise<number> {
  const { count } = await db.limiteDebit.deleteMany({ where: { debut: { lt: avant } } });
  return count;
}
