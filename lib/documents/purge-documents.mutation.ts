// Conservation des pièces déposées (docs/contrats-amont.md §6) : les lignes échues partent avec leurs fichiers ; les
// fichiers qu'aucune ligne ne désigne (arrêt brutal entre l'écriture et la ligne, suppression échouée) sont balayés
// après un délai de grâce. Les fichiers sont supprimés avant les lignes : si le passage s'arrête à mi-chemin, le
// suivant retrouve la ligne, jamais un fichier dont on a perdu la trace.
import type { Db } from "@/lib/server/database";
import { echeanceApresInstruction } from "./domain/conservation";
import { estIdentifiant } from "./schemas";
import { PREFIXE_TEMPORAIRE, type StockageDocuments } from "./stockage";

/** An upload in progress has written its file but maybe not yet its row: leave recent files alone. */
const DELAI_GRACE_ORPHELINS_MS = 60 * 60 * 1000;

export async function purgerDocumentsExpires(
  db: Db,
  stockage: StockageDocuments,
  maintenant: Date,
): Promise<{ supprimes: number; orphelins: number }> {
  let supprimes = 0;
  for (;;) {
    const lot = await db.document.findMany({
      where: { expireLe: { lte: maintenant } },
      select: { id: true, foyerId: true },
      take: 200,
    });
    if (lot.length === 0) break;
    for (const d of lot) await stockage.supprimer(d.foyerId, d.id);
    supprimes += (await db.document.deleteMany({ where: { id: { in: lot.map((d) => d.id) } } })).count;
  }
  return { supprimes, orphelins: await balayerOrphelins(db, stockage, maintenant) };
}

async function balayerOrphelins(db: Db, stockage: StockageDocuments, maintenant: Date): Promise<number> {
  const limite = maintenant.getTime() - DELAI_GRACE_ORPHELINS_MS;
  // Only what this module writes: files named by a document id, and its temporary files.
  const anciens = (await stockage.inventaire()).filter(
    (e) => e.modifieLe.getTime() < limite && (estIdentifiant(e.nom) || e.nom.startsWith(PREFIXE_TEMPORAIRE)),
  );
  const ids = anciens.filter((e) => !e.nom.startsWith(PREFIXE_TEMPORAIRE)).map((e) => e.nom);
  const connus = new Set(
    (await db.document.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((d) => d.id),
  );
  let orphelins = 0;
  for (const e of anciens) {
    if (connus.has(e.nom)) continue;
    await stockage.supprimerEntree(e.foyerId, e.nom);
    orphelins++;
  }
  return orphelins;
}

/**
 * For the back-office when a dossier closes: its documents are kept for the appeal delay, then purged (sooner than
 * the one-year ceiling). Returns how many documents had their date brought forward.
 */
export async function ramenerConservationApresInstruction(db: Db, dossierId: string, closLe: Date): Promise<number> {
  const echeance = echeanceApresInstruction(new Date(8.64e15), closLe);
  const { count } = await db.document.updateMany({
    where: { dossierId, expireLe: { gt: echeance } },
    data: { expireLe: echeance },
  });
  return count;
}
