// Reading fiscal snapshots: the one that spares an upstream call (once per foyer fiscal and year).
import type { Db } from "@/lib/server/database";

export const SELECTION_INSTANTANE = {
  id: true,
  foyerId: true,
  responsableId: true,
  source: true,
  anneeRevenus: true,
  recupereLe: true,
  correlationId: true,
  rfr: true,
  revenuImposable: true,
  nbParts: true,
  situationFamille: true,
  nbPersonnesCharge: true,
  parentIsole: true,
  adresseFiscale: true,
  adresseVoie: true,
  adresseComplement: true,
  adresseCodePostal: true,
  adresseCommune: true,
  declarants: true,
  situationsMultiples: true,
  periodes: true,
  aVerifier: true,
  expireLe: true,
} as const;

export interface CleInstantane {
  foyerId: string;
  /** The legal guardian whose foyer fiscal it is (unmarried parents: two foyers fiscaux, two snapshots). */
  responsableId: string | null;
}

/** Unexpired snapshots from the DGFiP for these years, most recent retrieval first. */
export async function instantanesValides(db: Db, cle: CleInstantane, annees: number[], maintenant: Date) {
  return db.instantaneFiscal.findMany({
    where: {
      foyerId: cle.foyerId,
      responsableId: cle.responsableId,
      anneeRevenus: { in: annees },
      source: { in: ["dgfip_franceconnect", "dgfip_spi"] },
      // An answer held for the agents is nobody's yet: a new lookup (perhaps another number) calls again.
      aVerifier: false,
      expireLe: { gt: maintenant },
    },
    orderBy: { recupereLe: "desc" },
    select: SELECTION_INSTANTANE,
  });
}
