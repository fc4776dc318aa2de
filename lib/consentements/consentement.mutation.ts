import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import type { StatutConsentement } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/database";
import { codesDonnees, FINALITE, type ModeConsentement } from "./domain/consentement";

/** Records a consent decision: who, what, when, for which purpose and income year. */
export async function enregistrerConsentement(
  db: Db | Tx,
  c: {
    foyerId: string;
    compteId: string | null;
    responsableId: string | null;
    statut: StatutConsentement;
    anneeRevenus: number | null;
    maintenant: Date;
    /** What is kept depends on the mode (SPI also keeps the revenu imposable). */
    mode?: ModeConsentement;
  },
): Promise<string> {
  const r = await db.consentement.create({
    data: {
      foyerId: c.foyerId,
      compteId: c.compteId,
      responsableId: c.responsableId,
      statut: c.statut,
      donnees: codesDonnees(c.mode ?? "franceconnect"),
      finalite: FINALITE,
      anneeRevenus: c.anneeRevenus,
      creeLe: c.maintenant,
    },
    select: { id: true },
  });
  return r.id;
}

/** The family said no at FranceConnect's own consent screen: the portal's record says so too. */
export async function marquerRefuse(db: Db, consentementId: string, maintenant: Date) {
  await db.consentement.update({ where: { id: consentementId }, data: { statut: "refuse", retireLe: maintenant } });
}

/**
 * Withdrawal: no further call, the tax data obtained under the household's consents is purged and the stored
 * numéros fiscaux are cleared. Prices already fixed keep their explanation (quotient, bracket, source and year),
 * which holds no raw tax data.
 */
export async function retirerConsentements(
  db: Db,
  foyerId: string,
  compteId: string,
  maintenant: Date,
): Promise<{ retires: number; purges: number }> {
  return db.$transaction(async (tx) => {
    const { count: retires } = await tx.consentement.updateMany({
      where: { foyerId, statut: "accorde" },
      data: { statut: "retire", retireLe: maintenant },
    });
    const { count: purges } = await tx.instantaneFiscal.deleteMany({
      where: { foyerId, source: { in: ["dgfip_franceconnect", "dgfip_spi"] } },
    });
    // Without consent no call may be repeated from the number on file (issue 10 §3): it goes too.
    await tx.responsableLegal.updateMany({
      where: { foyerId, numeroFiscal: { not: null } },
      data: { numeroFiscal: null },
    });
    await journaliser(
      tx,
      { id: compteId, role: "citoyen" },
      "consentement.retire",
      { type: "foyer", id: foyerId },
      { retires, purges },
    );
    return { retires, purges };
  });
}
