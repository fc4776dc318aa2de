import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";
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
    if (dossier.statut === "attente_famille")
      await tx.dossier.updateMany({
        where: { id: dossier.id, statut: "attente_famille" },
        data: { statut: dossier.agentId ? "en_cours" : "a_traiter" },
      });
    await journaliser(tx, { id: compteId, role: "citoyen" }, "message.famille", { type: "dossier", id: dossier.id });
    return { demandeId: dossier.demandeId };
  });
}
