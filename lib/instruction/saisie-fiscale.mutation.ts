import "server-only";

// An agent enters a foyer's tax data from a document the family uploaded: a snapshot of source "saisie_agent",
// tied to that document, with the agent's justification and the same retention as fetched data. Both the
// declarant and the document must belong to the dossier's foyer (no reaching into another family's papers).
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import { lireParametresFiscaux } from "@/lib/fiscal/parametres-fiscaux.query";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { cibleDossier, prendreLaMain } from "./garde-dossier.mutation";
import type { SaisieFiscale } from "./schemas";

const JOUR_MS = 24 * 3600 * 1000;

export async function saisirDonneesFiscales(db: Db, acteur: Acteur, s: SaisieFiscale, maintenant = new Date()) {
  const { conservationJours } = await lireParametresFiscaux(db);
  return db.$transaction(async (tx) => {
    await prendreLaMain(tx, s.dossierId, acteur.id);
    const { foyerId } = await tx.dossier.findUniqueOrThrow({ where: { id: s.dossierId }, select: { foyerId: true } });
    const [responsable, document] = await Promise.all([
      tx.responsableLegal.findFirst({ where: { id: s.responsableId, foyerId }, select: { id: true } }),
      tx.document.findFirst({ where: { id: s.documentId, foyerId }, select: { id: true, nomFichier: true } }),
    ]);
    if (!responsable)
      throw new ErreurMetier(
        "declarant_inconnu",
        "Ce déclarant n'appartient pas au foyer du dossier.",
        "responsableId",
      );
    if (!document)
      throw new ErreurMetier("document_inconnu", "Ce justificatif n'appartient pas au foyer du dossier.", "documentId");
    const instantane = await tx.instantaneFiscal.create({
      data: {
        foyerId,
        responsableId: s.responsableId,
        source: "saisie_agent",
        anneeRevenus: s.anneeRevenus,
        recupereLe: maintenant,
        rfr: s.rfr,
        revenuImposable: s.revenuImposable,
        nbParts: s.nbParts,
        situationFamille: s.situationFamille,
        nbPersonnesCharge: s.nbPersonnesCharge,
        parentIsole: s.parentIsole,
        adresseFiscale: `${s.adresseVoie} ${s.adresseCodePostal} ${s.adresseCommune}`,
        adresseVoie: s.adresseVoie,
        adresseCodePostal: s.adresseCodePostal,
        adresseCommune: s.adresseCommune,
        justification: s.justification,
        documentId: s.documentId,
        saisiParId: acteur.id,
        expireLe: new Date(maintenant.getTime() + conservationJours * JOUR_MS),
      },
      select: { id: true },
    });
    await tx.decision.create({
      data: {
        dossierId: s.dossierId,
        agentId: acteur.id,
        type: "saisie_fiscale",
        motif: `Revenus ${s.anneeRevenus}, d'après « ${document.nomFichier} » : ${s.justification}`,
        creeLe: maintenant,
      },
    });
    await journaliser(tx, acteur, "dossier.saisie_fiscale", cibleDossier(s.dossierId), {
      instantaneId: instantane.id,
      documentId: s.documentId,
      anneeRevenus: s.anneeRevenus,
    });
    return instantane;
  });
}
