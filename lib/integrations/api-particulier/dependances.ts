// Ce dont l'adaptateur HTTP a besoin en dehors de HTTP : le SIRET de la collectivité (`recipient`), un limiteur
// partagé par toutes les instances pour le jeton de la collectivité, un journal des appels. Chacun a sa réalisation
// PostgreSQL (limiteur.mutation.ts, appel-amont.mutation.ts) ; tests et scripts peuvent en passer d'autres.
import type { IssueAppel } from "@/lib/generated/prisma/enums";
import type { ModaliteApiParticulier } from "./port";

/** @public Partie du port LimiteurDebit : d'autres réalisations (tests, scripts) peuvent la nommer. */
export type Reservation = { accorde: true } | { accorde: false; attenteMs: number };

export interface LimiteurDebit {
  /** Prend une place dans la tranche en cours, ou dit combien attendre la suivante. */
  reserver(): Promise<Reservation>;
}

export const sansLimite: LimiteurDebit = { reserver: async () => ({ accorde: true }) };

/** Un appel amont, sans aucune charge personnelle (ni état civil, ni jeton, ni corps, ni URL). */
export interface AppelJournalise {
  ressource: string;
  mode: ModaliteApiParticulier;
  statutHttp: number | null;
  codeErreur: string | null;
  dureeMs: number;
  /** Identifiant propre au portail, pour relier le journal et les traces. */
  correlationId: string;
  issue: IssueAppel;
  tentative: number;
  foyerId: string | null;
}

export interface JournalAppels {
  enregistrer(appel: AppelJournalise): Promise<void>;
}

export const journalMuet: JournalAppels = { enregistrer: async () => {} };
