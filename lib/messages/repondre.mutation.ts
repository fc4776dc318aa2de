import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db, Tx } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";

/**
 * The family answers the agent on one of its own dossiers (another family's reads as not found). A dossier that
 * waited for the family goes back to the agents. Returns the request to refresh.
 */
export async function repondreAuDossierDuFoyer(
  db: Db,
  compteId: string,
  dossierId: string,
  corps: string,
): Promise<{ demandeId: string | null }> {
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, foyer: foyerDuCompte(compteId) },
      select: { id: true, foyerId: true, demandeId: true, statut: true, agentId: true },
    });
    if (!dossier) throw new ErreurMetier("dossier_introuvable", "Ce dossier est introuvable.");
    await tx.message.create({
      data: { foyerId: dossier.foyerId, dossierId: dossier.id, auteurId: compteId, deLAgent: false, corps },
      select: { id: true },
    });
    await rendreAuxAgents(tx, dossier.id);
    await journaliser(tx, { id: compteId, role: "citoyen" }, "message.famille", { type: "dossier", id: dossier.id });
    return { demandeId: dossier.demandeId };
  });
}

/**
 * The family did what was asked (an answer, a document): a dossier that waited for it goes back to its agent, or to
 * the queue, and what was expected is no longer shown as to do (the request stays in the dossier's timeline).
 */
export async function rendreAuxAgents(tx: Tx, dossierId: string): Promise<void> {
  const d = await tx.dossier.findUnique({ where: { id: dossierId }, select: { statut: true, agentId: true } });
  if (d?.statut !== "attente_famille") return;
  await tx.dossier.updateMany({
    where: { id: dossierId, statut: "attente_famille" },
    data: { statut: d.agentId ? "en_cours" : "a_traiter", attenduFamille: null },
  });
}
