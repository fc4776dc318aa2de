import type { Db } from "@/lib/server/database";

export interface ReglesSession {
  inactiviteMinutes: number;
}

/** Deletes sessions past their absolute limit, idle too long, or revoked. Returns how many were removed. */
export async function purgerSessionsExpirees(db: Db, maintenant: Date, regles: ReglesSession): Promise<number> {
  const inactifDepuis = new Date(maintenant.getTime() - regles.inactiviteMinutes * 60_000);
  const { count } = await db.session.deleteMany({
    where: {
      OR: [{ expireLe: { lte: maintenant } }, { derniereActiviteLe: { lte: inactifDepuis } }, { revoqueeLe: { not: null } }],
    },
  });
  return count;
}
