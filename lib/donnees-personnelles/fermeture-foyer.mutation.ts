// Closing the last open account of a household: the household's family data goes, except what the commune must
// keep for billing (validated enrolments, their prices and explanations, the children they concern, the postal
// address to bill) and its records (audit log, call log without payload, instruction history).
import type { StatutDossier, StatutInscription } from "@/lib/generated/prisma/client";
import { promouvoirListeAttente } from "@/lib/inscriptions/liste-attente.mutation";
import type { Tx } from "@/lib/server/database";

const EN_COURS: StatutInscription[] = ["brouillon", "en_attente", "liste_attente"];
const DOSSIERS_OUVERTS: StatutDossier[] = ["a_traiter", "en_cours", "attente_famille"];

export interface BilanFoyer {
  inscriptionsAnnulees: number;
  inscriptionsConservees: number;
  dossiersClos: number;
  messagesSupprimes: number;
  enfantsSupprimes: number;
  enfantsConserves: number;
  responsablesSupprimes: number;
}

export async function effacerDonneesDuFoyer(tx: Tx, foyerId: string, maintenant: Date): Promise<BilanFoyer> {
  // Pending requests cannot be instructed any more: cancelled, and the places they held are given back.
  const enCours = await tx.inscription.findMany({
    where: { enfant: { foyerId }, statut: { in: EN_COURS } },
    select: { id: true, activiteId: true, placeReservee: true },
  });
  await tx.inscription.updateMany({
    where: { id: { in: enCours.map((i) => i.id) } },
    data: { statut: "annulee", placeReservee: false, rangListeAttente: null },
  });
  const places = new Map<string, number>();
  for (const i of enCours.filter((x) => x.placeReservee)) places.set(i.activiteId, (places.get(i.activiteId) ?? 0) + 1);
  for (const [activiteId, n] of places) {
    await tx.activite.updateMany({
      where: { id: activiteId, placesReservees: { gte: n } },
      data: { placesReservees: { decrement: n } },
    });
    await promouvoirListeAttente(tx, activiteId);
  }
  const { count: dossiersClos } = await tx.dossier.updateMany({
    where: { foyerId, statut: { in: DOSSIERS_OUVERTS } },
    data: { statut: "rejete", closLe: maintenant, attenduFamille: null },
  });
  const { count: messagesSupprimes } = await tx.message.deleteMany({ where: { foyerId } });
  // Children with a validated enrolment stay (the canteen and billing need them); the others go with their history.
  const { count: enfantsSupprimes } = await tx.enfant.deleteMany({
    where: { foyerId, inscriptions: { none: { statut: "validee" } } },
  });
  const enfantsConserves = await tx.enfant.count({ where: { foyerId } });
  const inscriptionsConservees = await tx.inscription.count({ where: { enfant: { foyerId }, statut: "validee" } });
  // Other responsables without an account of their own were entered by this family: they go too.
  const { count: responsablesSupprimes } = await tx.responsableLegal.deleteMany({ where: { foyerId, compteId: null } });
  await tx.jetonCompte.deleteMany({ where: { foyerId } });
  await tx.foyer.update({
    where: { id: foyerId },
    data: {
      telephone: null,
      emailContact: null,
      // The postal address is only kept to bill enrolments that stay.
      ...(inscriptionsConservees === 0 && { adresse1: null, adresse2: null, codePostal: null, commune: null }),
    },
  });
  return {
    inscriptionsAnnulees: enCours.length,
    inscriptionsConservees,
    dossiersClos,
    messagesSupprimes,
    enfantsSupprimes,
    enfantsConserves,
    responsablesSupprimes,
  };
}
