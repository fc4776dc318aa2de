// A family may deposit its tax notice before the dossier exists (the journey creates it at submission): the
// submission then attaches the household's loose documents to the new dossier, in its own transaction.
import type { Db, Tx } from "@/lib/server/database";

export async function rattacherDocumentsAuDossier(db: Db | Tx, foyerId: string, dossierId: string): Promise<number> {
  const { count } = await db.document.updateMany({ where: { foyerId, dossierId: null }, data: { dossierId } });
  return count;
}
