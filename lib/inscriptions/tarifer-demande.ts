import "server-only";

import type { Db, Tx } from "@/lib/server/database";
import { calculerTarif, type ResultatTarif } from "@/lib/tarifs/domain/calculer-tarif";
import type { Residence } from "@/lib/tarifs/domain/entree";
import { rangsFratrie } from "@/lib/tarifs/domain/rang-fratrie";
import { versionPublieeDeLActivite } from "@/lib/tarifs/grilles.query";
import { donneesRetenues, type DonneesRetenues, type Raison } from "./domain/situation-tarif";
import { fratriesParActivite, situationFiscaleDuFoyer, type SituationFiscale } from "./donnees-tarif.query";

interface TarifInscription {
  inscriptionId: string;
  versionGrilleId: string | null;
  /** null when the activity has no published grid yet (an agent prices it). */
  tarif: ResultatTarif | null;
}

export interface TarificationDemande {
  situation: SituationFiscale;
  retenu: DonneesRetenues;
  tarifs: TarifInscription[];
}

/**
 * Prices every enrolment of a request with the published grid of its activity and the household's tax situation.
 * Shown to the family before submission, and computed again at submission (nothing stale is stored).
 */
export async function tarifierDemande(db: Db | Tx, demandeId: string, maintenant: Date): Promise<TarificationDemande> {
  const d = await db.demande.findUniqueOrThrow({
    where: { id: demandeId },
    select: {
      foyerId: true,
      voieTarification: true,
      raisonsEnAttente: true,
      inscriptions: {
        select: { id: true, activiteId: true, frequence: true, enfant: { select: { id: true, pai: true } } },
      },
    },
  });
  const situation = await situationFiscaleDuFoyer(db, d.foyerId, maintenant);
  const consentementRefuse = (await db.consentement.count({ where: { foyerId: d.foyerId, statut: "refuse" } })) > 0;
  const titulaire = await db.responsableLegal.findFirst({
    where: { foyerId: d.foyerId, rang: 1 },
    select: { compte: { select: { identiteCertifiee: true } } },
  });
  const collectivite = await db.collectivite.findUnique({ where: { id: 1 }, select: { horsTerritoire: true } });
  const residence: Residence = situation.residence.statut;
  const retenu = donneesRetenues({
    voie: d.voieTarification ?? "sans_tarification",
    raisonsEnAttente: d.raisonsEnAttente as Raison[],
    foyersFiscaux: situation.foyersFiscaux.map((f) => ({ rang: f.responsable.rang, instantane: f.instantane })),
    residence,
    consentementRefuse,
    compteCertifie: titulaire?.compte?.identiteCertifiee ?? false,
    horsTerritoire: collectivite?.horsTerritoire ?? "examen_agent",
    anneeAttendue: situation.anneeAttendue,
  });
  const activites = [...new Set(d.inscriptions.map((i) => i.activiteId))];
  const fratries = await fratriesParActivite(db, d.foyerId, demandeId, activites);
  const grilles = new Map(
    await Promise.all(activites.map(async (a) => [a, await versionPublieeDeLActivite(db, a)] as const)),
  );
  const tarifs = d.inscriptions.map((i): TarifInscription => {
    const grille = grilles.get(i.activiteId);
    if (!grille) return { inscriptionId: i.id, versionGrilleId: null, tarif: null };
    const rang = rangsFratrie(fratries.get(i.activiteId) ?? []).get(i.enfant.id) ?? 1;
    const tarif = calculerTarif(grille.definition, {
      fiscal: retenu.fiscal,
      residence,
      rangFratrie: rang,
      pai: i.enfant.pai,
      frequence: i.frequence,
    });
    return { inscriptionId: i.id, versionGrilleId: grille.versionId, tarif };
  });
  // Data the grid needs is missing (e.g. revenu imposable in FranceConnect mode): the grid's "no data" price is
  // for families who chose it ("sans tarification solidaire", declined consent), never applied automatically to
  // a family that asked for its tax data to be used. An agent looks.
  const manquantes =
    d.voieTarification === "donnees_fiscales" &&
    retenu.fiscal !== null &&
    tarifs.some((t) => t.tarif && !t.tarif.explication.quotient.disponible);
  if (manquantes && !retenu.raisons.includes("donnees_manquantes")) {
    return {
      situation,
      retenu: { ...retenu, raisons: [...retenu.raisons, "donnees_manquantes" as const].sort(), automatique: false },
      tarifs,
    };
  }
  return { situation, retenu, tarifs };
}
