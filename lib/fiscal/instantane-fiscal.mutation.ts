// Écriture des instantanés fiscaux, et purge à l'échéance de leur conservation (docs/contrats-amont.md §6).
import type { Db } from "@/lib/server/database";
import type { DonneesFiscales } from "./domain/donnees-fiscales";
import type { PeriodeFiscale } from "./domain/periodes";
import { SELECTION_INSTANTANE, type CleInstantane } from "./instantane-fiscal.query";

export interface NouvelInstantane extends CleInstantane {
  consentementId: string | null;
  source: "dgfip_franceconnect" | "dgfip_spi";
  anneeRevenus: number;
  correlationId: string;
  recupereLe: Date;
  expireLe: Date;
  /** null: several situations in the year, nothing kept but the flag (no guessing). */
  donnees: DonneesFiscales | null;
  /** Held for the agents until they decide: the identity behind the lookup is not proven. */
  aVerifier?: boolean;
  /** Several situations in the year: each period, for the agent (the `multiple` resource). */
  periodes?: PeriodeFiscale[] | null;
}

export async function enregistrerInstantane(db: Db, n: NouvelInstantane) {
  const d = n.donnees;
  return db.instantaneFiscal.create({
    data: {
      foyerId: n.foyerId,
      responsableId: n.responsableId,
      consentementId: n.consentementId,
      source: n.source,
      anneeRevenus: n.anneeRevenus,
      recupereLe: n.recupereLe,
      correlationId: n.correlationId,
      expireLe: n.expireLe,
      situationsMultiples: d === null,
      aVerifier: n.aVerifier ?? false,
      ...(n.periodes && { periodes: n.periodes.map((p) => ({ ...p })) }),
      ...(d && {
        rfr: d.rfr,
        revenuImposable: d.revenuImposable,
        nbParts: d.nbParts,
        situationFamille: d.situationFamille,
        nbPersonnesCharge: d.nbPersonnesCharge,
        parentIsole: d.parentIsole,
        adresseFiscale: d.adresseFiscale,
        adresseVoie: d.adresse.voie,
        adresseComplement: d.adresse.complement,
        adresseCodePostal: d.adresse.codePostal,
        adresseCommune: d.adresse.commune,
        declarants: d.declarants.map((x) => ({ ...x })),
      }),
    },
    select: SELECTION_INSTANTANE,
  });
}

/** Deletes expired snapshots. Tariffs already fixed keep their own explanation (no raw tax data). */
export async function purgerInstantanesExpires(db: Db, maintenant: Date): Promise<number> {
  const { count } = await db.instantaneFiscal.deleteMany({ where: { expireLe: { lte: maintenant } } });
  return count;
}
