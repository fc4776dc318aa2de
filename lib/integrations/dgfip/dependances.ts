// What the HTTP adapter needs besides HTTP: a quota shared by every instance, and a call log. Both have PostgreSQL
// implementations (compteur-quota.mutation.ts, appel-amont.mutation.ts); tests and scripts may pass others.
import type { IssueAppel } from "@/lib/generated/prisma/enums";
import type { ModeDgfip } from "./port";

/** @public Part of the LimiteurQuota port: other implementations (tests, scripts) may name it. */
export type Reservation = { accorde: true } | { accorde: false; attenteMs: number };

export interface LimiteurQuota {
  /** Takes one call from the current window, or says how long until the next window. */
  reserver(): Promise<Reservation>;
}

export const sansLimite: LimiteurQuota = { reserver: async () => ({ accorde: true }) };

/** One upstream call, without any personal payload (no SPI, no token, no body). */
export interface AppelJournalise {
  ressource: string;
  mode: ModeDgfip;
  anneeRevenus: number;
  statutHttp: number | null;
  codeErreur: string | null;
  dureeMs: number;
  correlationId: string;
  issue: IssueAppel;
  tentative: number;
  foyerId: string | null;
}

export interface JournalAppels {
  enregistrer(appel: AppelJournalise): Promise<void>;
}

export const journalMuet: JournalAppels = { enregistrer: async () => {} };
