import "server-only";

// Taking a dossier from the queue, giving it back, and "next one, please": the busy morning's three gestures.
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import type { FiltresFile } from "./domain/filtres-file";
import { STATUTS_OUVERTS } from "./domain/statuts";
import { idsFile } from "./file.query";
import { cibleDossier, refuserAction } from "./garde-dossier.mutation";
import { exigerDossierDansPerimetre } from "./perimetre.query";

/** Assigns an unassigned open dossier to this agent. Taking one's own dossier again is a no-op (double click). */
export async function prendreDossier(db: Db, acteur: Acteur, dossierId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await exigerDossierDansPerimetre(tx, acteur.id, dossierId);
    const { count } = await tx.dossier.updateMany({
      where: { id: dossierId, statut: { in: [...STATUTS_OUVERTS] }, agentId: null },
      data: { agentId: acteur.id },
    });
    if (count !== 1) {
      const deja = await tx.dossier.count({
        where: { id: dossierId, statut: { in: [...STATUTS_OUVERTS] }, agentId: acteur.id },
      });
      if (deja === 1) return;
      await refuserAction(tx, dossierId, acteur.id);
    }
    await tx.dossier.updateMany({ where: { id: dossierId, statut: "a_traiter" }, data: { statut: "en_cours" } });
    await journaliser(tx, acteur, "dossier.prendre", cibleDossier(dossierId));
  });
}

/** Puts the dossier back in the queue. Its holder may; an admin may too (an agent away, a dossier stuck). */
export async function libererDossier(db: Db, acteur: Acteur, dossierId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await exigerDossierDansPerimetre(tx, acteur.id, dossierId);
    const avant = await tx.dossier.findUnique({ where: { id: dossierId }, select: { agentId: true } });
    const { count } = await tx.dossier.updateMany({
      where: {
        id: dossierId,
        statut: { in: [...STATUTS_OUVERTS] },
        agentId: acteur.role === "admin" ? { not: null } : acteur.id,
      },
      data: { agentId: null },
    });
    if (count !== 1) {
      if (avant && avant.agentId === null)
        throw new ErreurMetier("dossier_libre", "Ce dossier n'est attribué à personne.");
      await refuserAction(tx, dossierId, acteur.id);
    }
    await tx.dossier.updateMany({ where: { id: dossierId, statut: "en_cours" }, data: { statut: "a_traiter" } });
    await journaliser(tx, acteur, "dossier.liberer", cibleDossier(dossierId), {
      agentPrecedentId: avant?.agentId ?? null,
    });
  });
}

/**
 * Takes the oldest unassigned dossier "à traiter" matching the queue's filters (reason, school year, search).
 * Returns its id, or null when there is none. A colleague taking the same one first just moves on to the next.
 */
export async function prendreDossierSuivant(db: Db, acteur: Acteur, filtres: FiltresFile): Promise<string | null> {
  const suivants = { ...filtres, statut: "a_traiter" as const, attribution: "non_attribues" as const };
  for (let essai = 0; essai < 5; essai++) {
    const [id] = (await idsFile(db, suivants, acteur.id)).ids;
    if (!id) return null;
    try {
      await prendreDossier(db, acteur, id);
      return id;
    } catch (e) {
      if (!(e instanceof ErreurMetier && e.code === "dossier_pris")) throw e;
    }
  }
  throw new ErreurMetier(
    "file_encombree",
    "Vos collègues prennent les dossiers en même temps que vous : réessayez dans un instant.",
  );
}
