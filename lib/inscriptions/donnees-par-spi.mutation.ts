import "server-only";

import { enregistrerConsentement } from "@/lib/consentements/consentement.mutation";
import { anneesDemandees } from "@/lib/consentements/consentement.query";
import type { ServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { noterIssueSurLaDemande } from "@/lib/franceconnect-donnees/recevoir";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { foyerDeMonBrouillon } from "./demande.query";

export interface AppelParSpi {
  compteId: string;
  demandeId: string;
  /** A valid numéro fiscal (13 digits, checked by the caller). */
  spi: string;
  /** The birthdate the person typed, for an account that does not know it yet (AAAA-MM-JJ). */
  dateNaissance?: string;
  maintenant: Date;
}

/**
 * Local-account mode (seed 003 note 2): the family typed its numéro fiscal and agreed; the DGFiP is called in SPI
 * mode. The declarants' names and birthdate are compared with the account holder's: a mismatch goes to an agent.
 * The consent is on record before any call; the outcome is kept on the draft, as after FranceConnect.
 */
export async function recupererDonneesParSpi(db: Db, service: ServiceInstantaneFiscal, a: AppelParSpi): Promise<void> {
  const annees = await anneesDemandees(db, a.maintenant);
  const appel = await db.$transaction(async (tx) => {
    const foyerId = await foyerDeMonBrouillon(tx, a.compteId, a.demandeId);
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
    const responsable = await tx.responsableLegal.findUniqueOrThrow({
      where: { foyerId_rang: { foyerId, rang: 1 } },
      select: { id: true },
    });
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
    return { foyerId, responsableId: responsable.id, consentementId, identiteTitulaire };
  });
  const issue = await service.obtenir(db, { ...appel, acces: { mode: "spi", spi: a.spi } });
  await db.$transaction(async (tx) => {
    // Kept (agents see its last digits) so that an SPI-mode call can be retried from the back-office.
    if (!(issue.raisons as string[]).includes("spi_inconnu"))
      await tx.responsableLegal.update({
        where: { id: appel.responsableId },
        data: { numeroFiscal: a.spi },
        select: { id: true },
      });
    await noterIssueSurLaDemande(tx, a.demandeId, appel.responsableId, issue);
  });
}
