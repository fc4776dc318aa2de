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

/** The same alert at most once per `intervalleMs` (a misconfigured URL fails every call: one line is enough). */
export function alerteEspacee<C extends string>(
  alerter: (code: C) => Promise<void>,
  intervalleMs: number,
  maintenant: () => number = Date.now,
): (code: C) => Promise<void> {
  const derniere = new Map<C, number>();
  return async (code) => {
    const t = maintenant();
    const avant = derniere.get(code);
    if (avant !== undefined && t - avant < intervalleMs) return;
    derniere.set(code, t);
    await alerter(code);
  };
}
