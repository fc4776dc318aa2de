import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import { enregistrerConsentement } from "@/lib/consentements/consentement.mutation";
import { anneesDemandees } from "@/lib/consentements/consentement.query";
import type { ServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { noterIssueSurLaDemande } from "@/lib/franceconnect-donnees/recevoir";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { foyerDeMonBrouillon } from "./demande.query";
import { mettreEnReprise } from "./reprise-appel-dgfip.mutation";

export interface AppelParSpi {
  compteId: string;
  demandeId: string;
  /** A valid numéro fiscal (13 digits, checked by the caller). */
  spi: string;
  /** The birthdate the person typed, for an account that does not know it yet (AAAA-MM-JJ). */
  dateNaissance?: string;
  maintenant: Date;
  /** Lookups one account may make over 24 hours (SPI_CONSULTATIONS_PAR_JOUR). */
  limiteParJour: number;
}

const JOUR_MS = 24 * 3600 * 1000;

/**
 * Anyone who knows a numéro fiscal can type it: lookups are capped per account over a sliding day, counted in the
 * audit log where each one is written (account and demand; never the number nor anything the DGFiP answers). The
 * account row is locked while counting, so parallel submissions cannot overshoot the cap.
 */
async function consultationPermise(
  tx: Prisma.TransactionClient,
  a: Pick<AppelParSpi, "compteId" | "maintenant" | "limiteParJour">,
): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM compte WHERE id = ${a.compteId}::uuid FOR UPDATE`;
  const faites = await tx.journalAudit.count({
    where: {
      acteurId: a.compteId,
      action: "demande.consultation_spi",
      creeLe: { gt: new Date(a.maintenant.getTime() - JOUR_MS) },
    },
  });
  return faites < a.limiteParJour;
}

/**
 * Mode compte local (docs/contrats-amont.md §4) : la famille a saisi son numéro fiscal et consenti ; la DGFiP est
 * appelée en mode SPI. Les noms et dates de naissance des déclarants sont comparés à ceux du titulaire du compte :
 * une divergence va à un agent. Le consentement est enregistré avant tout appel ; l'issue est gardée sur le
 * brouillon, comme après FranceConnect.
 */
export async function recupererDonneesParSpi(db: Db, service: ServiceInstantaneFiscal, a: AppelParSpi): Promise<void> {
  return consulter(db, service, a);
}

/**
 * "Actualiser mes données fiscales": the numéro fiscal on file is asked again, never answered from the data kept
 * (a newer year, a correction), under a new consent and within the same daily cap as a typed number.
 */
export async function actualiserDonneesParSpi(
  db: Db,
  service: ServiceInstantaneFiscal,
  a: Omit<AppelParSpi, "spi" | "dateNaissance">,
): Promise<void> {
  return consulter(db, service, { ...a, spi: null });
}

async function consulter(
  db: Db,
  service: ServiceInstantaneFiscal,
  a: Omit<AppelParSpi, "spi"> & { spi: string | null },
): Promise<void> {
  const annees = await anneesDemandees(db, a.maintenant);
  const acteur = { id: a.compteId, role: "citoyen" as const };
  const cible = { type: "demande", id: a.demandeId };
  const appel = await db.$transaction(async (tx) => {
    const foyerId = await foyerDeMonBrouillon(tx, a.compteId, a.demandeId);
    const responsable = await tx.responsableLegal.findUniqueOrThrow({
      where: { foyerId_rang: { foyerId, rang: 1 } },
      select: { id: true, numeroFiscal: true },
    });
    const spi = a.spi ?? responsable.numeroFiscal;
    if (!spi)
      throw new ErreurMetier(
        "spi_absent",
        "Aucun numéro fiscal n'est enregistré pour votre foyer : saisissez-le ci-dessous pour obtenir vos données.",
      );
    // Fresh data when asked to, or for another number than the one on file (never another person's kept answer).
    const actualiser = a.spi === null || (responsable.numeroFiscal !== null && responsable.numeroFiscal !== a.spi);
    if (!(await consultationPermise(tx, a))) return null;
    const compte = await tx.compte.findUniqueOrThrow({
      where: { id: a.compteId },
      select: { identiteCertifiee: true, prenoms: true, nomNaissance: true, nomUsage: true, dateNaissance: true },
    });
    const dateNaissance = compte.dateNaissance ?? a.dateNaissance;
    if (!dateNaissance)
      throw new ErreurMetier(
        "date_naissance",
        "Indiquez votre date de naissance : elle sert à vérifier que vous êtes déclarant de ce foyer fiscal.",
        "dateNaissance",
      );
    if (!compte.dateNaissance) {
      await tx.compte.update({ where: { id: a.compteId }, data: { dateNaissance }, select: { id: true } });
      await tx.responsableLegal.update({
        where: { id: responsable.id },
        data: { dateNaissance },
        select: { id: true },
      });
    }
    const consentementId = await enregistrerConsentement(tx, {
      foyerId,
      compteId: a.compteId,
      responsableId: responsable.id,
      statut: "accorde",
      anneeRevenus: annees[0]?.annee ?? null,
      maintenant: a.maintenant,
      mode: "spi",
    });
    const identiteTitulaire = {
      prenoms: compte.prenoms ?? "",
      nomNaissance: compte.nomNaissance ?? compte.nomUsage ?? "",
      nomUsage: compte.nomUsage,
      dateNaissance,
      certifiee: compte.identiteCertifiee,
    };
    await journaliser(tx, acteur, "demande.consultation_spi", cible, undefined, a.maintenant);
    return { foyerId, responsableId: responsable.id, consentementId, identiteTitulaire, spi, actualiser };
  });
  if (!appel) {
    await journaliser(
      db,
      acteur,
      "demande.consultation_spi_refusee",
      cible,
      { limiteParJour: a.limiteParJour },
      a.maintenant,
    );
    throw new ErreurMetier(
      "consultations_epuisees",
      "Vous avez atteint le nombre de recherches par numéro fiscal permises sur une journée. Réessayez demain, ou choisissez une autre voie ci-dessous.",
      "spi",
    );
  }
  const { spi, actualiser, ...demande } = appel;
  const issue = await service.obtenir(db, {
    ...demande,
    acces: { mode: "spi", spi },
    ...(actualiser && { actualiser }),
  });
  await db.$transaction(async (tx) => {
    // Kept (agents see its last digits) so that an SPI-mode call can be retried from the back-office.
    if (!(issue.raisons as string[]).includes("spi_inconnu"))
      await tx.responsableLegal.update({
        where: { id: appel.responsableId },
        data: { numeroFiscal: spi },
        select: { id: true },
      });
    await noterIssueSurLaDemande(tx, a.demandeId, appel.responsableId, issue);
    // An outage or the quota: the durable job tries again later, under the same consent.
    if (issue.statut === "echec" && issue.reprise === "job")
      await mettreEnReprise(tx, { ...appel, demandeId: a.demandeId, maintenant: a.maintenant });
  });
}
