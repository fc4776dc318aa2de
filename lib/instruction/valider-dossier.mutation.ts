import "server-only";

// Validation: the dossier closes, its enrolments awaiting a decision become validated (their places were reserved
// at submission), their price is fixed again when the agent brought new data, the request is validated. All in one
// transaction behind the dossier's row lock: a second agent validating or rejecting at the same time is refused.
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { cibleDossier, prendreLaMain } from "./garde-dossier.mutation";
import { deciderDesReponsesAVerifier } from "./reponses-a-verifier.mutation";
import { retarifer, type TarifRefixe } from "./retarifer.mutation";

export interface Validation {
  dossierId: string;
  /** null: as the adresse fiscale says. */
  residence: "resident" | "non_resident" | null;
  commentaire: string | null;
}

export interface BilanValidation {
  inscriptionsValidees: number;
  /** Waiting-list enrolments stay there: validating a family's file does not create a place. */
  restentEnListeDAttente: number;
  tarifs: TarifRefixe[];
}

export async function validerDossier(
  db: Db,
  acteur: Acteur,
  v: Validation,
  maintenant = new Date(),
): Promise<BilanValidation> {
  return db.$transaction(async (tx) => {
    await prendreLaMain(tx, v.dossierId, acteur.id);
    const d = await tx.dossier.findUniqueOrThrow({
      where: { id: v.dossierId },
      select: {
        foyerId: true,
        demande: { select: { id: true, voieTarification: true, inscriptions: { select: { id: true, statut: true } } } },
      },
    });
    const inscriptions = d.demande?.inscriptions ?? [];
    const aValider = inscriptions.filter((i) => i.statut === "en_attente").map((i) => i.id);
    const tarifs = await retarifer(
      tx,
      {
        foyerId: d.foyerId,
        sansTarification: d.demande?.voieTarification === "sans_tarification",
        inscriptionIds: aValider,
        residenceChoisie: v.residence,
      },
      maintenant,
    );
    const reponses = await deciderDesReponsesAVerifier(tx, d.foyerId, "validation");
    const { count } = await tx.inscription.updateMany({
      where: { id: { in: aValider }, statut: "en_attente" },
      data: { statut: "validee" },
    });
    if (d.demande) await tx.demande.update({ where: { id: d.demande.id }, data: { statut: "validee" } });
    await tx.dossier.update({
      where: { id: v.dossierId },
      data: { statut: "valide", closLe: maintenant, attenduFamille: null },
    });
    await tx.decision.create({
      data: {
        dossierId: v.dossierId,
        agentId: acteur.id,
        type: "validation",
        motif: v.commentaire ?? "",
        creeLe: maintenant,
      },
    });
    const bilan: BilanValidation = {
      inscriptionsValidees: count,
      restentEnListeDAttente: inscriptions.filter((i) => i.statut === "liste_attente").length,
      tarifs,
    };
    await journaliser(tx, acteur, "dossier.valider", cibleDossier(v.dossierId), {
      inscriptionsValidees: bilan.inscriptionsValidees,
      tarifsRefixes: tarifs.length,
      residence: v.residence ?? "adresse",
      // Only when the family's data was held for checking: other validations keep their usual audit details.
      ...(reponses.retenue || reponses.supprimees > 0
        ? { reponseAVerifierRetenue: reponses.retenue, reponsesAVerifierSupprimees: reponses.supprimees }
        : {}),
    });
    return bilan;
  });
}
