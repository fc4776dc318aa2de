import "server-only";

// Audit trail of admin and agent actions: who (id + role), what, on what. Details are flat scalars (ids, numbers,
// codes, field names) by type, so that no personal or fiscal data can be dropped in by accident.
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";

export interface Acteur {
  id: string;
  role: Role;
}

/** The actor of a signed-in session (an action's `session`). */
export function acteurDe(session: { compte: { id: string; role: Role } }): Acteur {
  return { id: session.compte.id, role: session.compte.role };
}

export type DetailsAudit = Record<string, string | number | boolean | null | string[]>;

/** A client or a transaction client: audit rows are written in the same transaction as the change. */
export type DbOuTx = Db | Prisma.TransactionClient;

/**
 * The one writer of audit rows. `acteur` is null for the system (an alert), and has no role when the row is written
 * before the role is known (a sign-in); `cible` is null when the action is on no particular record.
 */
export async function journaliser(
  db: DbOuTx,
  acteur: Acteur | { id: string; role: null } | null,
  action: string,
  cible: { type: string; id: string } | null,
  details?: DetailsAudit,
  /** When the action happened, for callers that take the time as a parameter (tests); else the database's now(). */
  le?: Date,
): Promise<void> {
  await db.journalAudit.create({
    data: {
      acteurId: acteur?.id ?? null,
      acteurRole: acteur?.role ?? null,
      action,
      cibleType: cible?.type ?? null,
      cibleId: cible?.id ?? null,
      details: details ?? undefined,
      creeLe: le,
    },
  });
}
