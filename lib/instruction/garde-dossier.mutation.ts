import "server-only";

// Every agent action on a dossier starts here, inside its transaction: one conditional UPDATE checks that the
// dossier exists, is still open and is not held by another agent, takes it for this agent, and holds its row lock
// until the transaction ends. A second agent's action waits on that lock, then finds the row changed (closed, or
// held) and is refused: two agents never both decide on one dossier.
import type { Tx } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { estOuvert, STATUTS_OUVERTS } from "./domain/statuts";
import { nomDuCompte, SELECTION_NOM } from "./noms";
import { exigerDossierDansPerimetre } from "./perimetre.query";

export const cibleDossier = (id: string) => ({ type: "Dossier", id });

/** Says, in French, why a guarded update on this dossier matched no row. */
export async function refuserAction(tx: Tx, dossierId: string, agentId: string): Promise<never> {
  const d = await tx.dossier.findUnique({
    where: { id: dossierId },
    select: { statut: true, agentId: true, agent: { select: SELECTION_NOM } },
  });
  if (!d) throw new ErreurMetier("dossier_introuvable", "Ce dossier n'existe pas ou plus.");
  if (!estOuvert(d.statut)) {
    throw new ErreurMetier(
      "dossier_clos",
      `Ce dossier est déjà ${d.statut === "valide" ? "validé" : "rejeté"} : il n'accepte plus de décision.`,
    );
  }
  if (d.agentId && d.agentId !== agentId) {
    throw new ErreurMetier(
      "dossier_pris",
      `Ce dossier est pris en charge par ${nomDuCompte(d.agent)} : demandez-lui de le libérer avant d'agir.`,
    );
  }
  throw new ErreurMetier("dossier_modifie", "Ce dossier vient d'être modifié : rechargez la page et recommencez.");
}

/**
 * Takes the dossier for this agent (if unassigned) and locks it for the rest of the transaction; a dossier still
 * "à traiter" becomes "en cours". Throws a French ErreurMetier when the agent may not act on it (outside the
 * agent's perimeter: as if the dossier did not exist).
 */
export async function prendreLaMain(tx: Tx, dossierId: string, agentId: string): Promise<void> {
  await exigerDossierDansPerimetre(tx, agentId, dossierId);
  const { count } = await tx.dossier.updateMany({
    where: { id: dossierId, statut: { in: [...STATUTS_OUVERTS] }, OR: [{ agentId: null }, { agentId }] },
    data: { agentId },
  });
  if (count !== 1) await refuserAction(tx, dossierId, agentId);
  await tx.dossier.updateMany({ where: { id: dossierId, statut: "a_traiter" }, data: { statut: "en_cours" } });
}
