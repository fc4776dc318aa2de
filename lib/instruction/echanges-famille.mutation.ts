import "server-only";

// Écrire à la famille : un simple message, une demande de pièce ou d'information (le dossier attend alors la
// famille), ou une demande d'autoriser à nouveau l'appel à la DGFiP par FranceConnect (le portail ne peut pas
// rejouer un appel en mode FranceConnect : docs/contrats-amont.md §5). La famille les lit dans son espace ; le corps
// des messages ne va jamais au journal d'audit.
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db, Tx } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { ajouterRaisons } from "./domain/statuts";
import { cibleDossier, prendreLaMain } from "./garde-dossier.mutation";

export const MESSAGE_NOUVELLE_AUTORISATION =
  "Nous n'avons pas pu obtenir vos données fiscales auprès de la DGFiP. Pour que votre tarif soit calculé, autorisez à nouveau leur récupération avec FranceConnect depuis votre espace famille, sur la page de votre demande. Vous pouvez aussi y déposer votre dernier avis d'imposition.";
const ATTENDU_NOUVELLE_AUTORISATION =
  "Autoriser à nouveau la récupération de vos données fiscales avec FranceConnect, ou déposer votre dernier avis d'imposition.";

async function ecrire(tx: Tx, acteur: Acteur, dossierId: string, corps: string, maintenant: Date) {
  const { foyerId } = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { foyerId: true } });
  return tx.message.create({
    data: { foyerId, dossierId, auteurId: acteur.id, deLAgent: true, corps, creeLe: maintenant },
    select: { id: true },
  });
}

export async function envoyerMessage(
  db: Db,
  acteur: Acteur,
  m: { dossierId: string; corps: string },
  maintenant = new Date(),
) {
  return db.$transaction(async (tx) => {
    await prendreLaMain(tx, m.dossierId, acteur.id);
    const message = await ecrire(tx, acteur, m.dossierId, m.corps, maintenant);
    await journaliser(tx, acteur, "dossier.message", cibleDossier(m.dossierId), { messageId: message.id });
    return message;
  });
}

/** Asks the family for something: the message, what is expected (shown to the family), and the dossier waits. */
export async function demanderALaFamille(
  db: Db,
  acteur: Acteur,
  q: { dossierId: string; attendu: string; message: string },
  maintenant = new Date(),
) {
  return db.$transaction(async (tx) => {
    await prendreLaMain(tx, q.dossierId, acteur.id);
    const message = await ecrire(tx, acteur, q.dossierId, q.message, maintenant);
    await tx.dossier.update({
      where: { id: q.dossierId },
      data: { statut: "attente_famille", attenduFamille: q.attendu },
    });
    await tx.decision.create({
      data: { dossierId: q.dossierId, agentId: acteur.id, type: "demande_piece", motif: q.attendu, creeLe: maintenant },
    });
    await journaliser(tx, acteur, "dossier.demander_famille", cibleDossier(q.dossierId), { messageId: message.id });
    return message;
  });
}

/** "Retry" for a FranceConnect-mode failure: the family is told to authorize again, and the dossier waits for it. */
export async function demanderNouvelleAutorisation(
  db: Db,
  acteur: Acteur,
  q: { dossierId: string; complement: string | null },
  maintenant = new Date(),
) {
  return db.$transaction(async (tx) => {
    await prendreLaMain(tx, q.dossierId, acteur.id);
    const d = await tx.dossier.findUniqueOrThrow({
      where: { id: q.dossierId },
      select: {
        raisons: true,
        foyer: {
          select: { responsables: { where: { rang: 1 }, select: { compte: { select: { franceConnectSub: true } } } } },
        },
      },
    });
    if (!d.foyer.responsables[0]?.compte?.franceConnectSub) {
      throw new ErreurMetier(
        "sans_franceconnect",
        "Cette famille ne se connecte pas avec FranceConnect : demandez-lui plutôt son numéro fiscal ou son avis d'imposition.",
      );
    }
    const corps = q.complement ? `${MESSAGE_NOUVELLE_AUTORISATION}\n\n${q.complement}` : MESSAGE_NOUVELLE_AUTORISATION;
    const message = await ecrire(tx, acteur, q.dossierId, corps, maintenant);
    await tx.dossier.update({
      where: { id: q.dossierId },
      data: {
        statut: "attente_famille",
        attenduFamille: ATTENDU_NOUVELLE_AUTORISATION,
        raisons: ajouterRaisons(d.raisons, ["autorisation_a_renouveler"]),
      },
    });
    await tx.decision.create({
      data: {
        dossierId: q.dossierId,
        agentId: acteur.id,
        type: "relance_api",
        motif: "Nouvelle autorisation FranceConnect demandée à la famille",
        creeLe: maintenant,
      },
    });
    await journaliser(tx, acteur, "dossier.demander_autorisation", cibleDossier(q.dossierId), {
      messageId: message.id,
    });
    return message;
  });
}
