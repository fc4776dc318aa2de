import "server-only";

// The second parent's own side (issue 10 §2), reached only through the link sent to them: what their
// authorization obtained (which data, which year: never shown to the first parent), and its withdrawal, which
// erases their tax data. Their link stays their key to this page until it expires, even once used.
import { lienSecondParent } from "@/lib/comptes/jetons.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";

export async function autorisationDuSecondParent(db: Db, jeton: string, maintenant: Date) {
  const lien = await lienSecondParent(db, jeton, maintenant);
  if (!lien) return null;
  const [consentement, donnees] = await Promise.all([
    db.consentement.findFirst({
      where: { responsableId: lien.responsableId },
      orderBy: { creeLe: "desc" },
      select: { statut: true, creeLe: true, retireLe: true },
    }),
    db.instantaneFiscal.findFirst({
      where: { responsableId: lien.responsableId, expireLe: { gt: maintenant } },
      orderBy: { recupereLe: "desc" },
      select: { anneeRevenus: true, recupereLe: true, expireLe: true },
    }),
  ]);
  return { ...lien, consentement, donnees };
}

/** Withdrawal by the second parent: no further call under their consents, and their tax data erased. */
export async function retirerAccordSecondParent(db: Db, jeton: string, maintenant: Date) {
  const lien = await lienSecondParent(db, jeton, maintenant);
  if (!lien) throw new ErreurMetier("lien_perime", "Ce lien n'est plus valable.");
  return db.$transaction(async (tx) => {
    const { count: retires } = await tx.consentement.updateMany({
      where: { responsableId: lien.responsableId, statut: "accorde" },
      data: { statut: "retire", retireLe: maintenant },
    });
    const { count: purges } = await tx.instantaneFiscal.deleteMany({
      where: { responsableId: lien.responsableId, source: { in: ["dgfip_franceconnect", "dgfip_spi"] } },
    });
    return { retires, purges };
  });
}
