"use server";

import { redirect } from "next/navigation";

import { enregistrerConsentement } from "@/lib/consentements/consentement.mutation";
import { anneesDemandees } from "@/lib/consentements/consentement.query";
import { serviceInstantaneFiscal } from "@/lib/fiscal/application";
import { lireSpi } from "@/lib/fiscal/domain/spi";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import { noterIssueSurLaDemande } from "@/lib/franceconnect-donnees/recevoir";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { donneesParSpi } from "./schemas";

/**
 * Local-account mode (seed 003 note 2): the family types its numéro fiscal; the DGFiP is called in SPI mode. The
 * declarants' names and birthdate are compared with the account holder's: a mismatch goes to an agent.
 */
export const obtenirDonneesParSpi = creerAction(["citoyen"], donneesParSpi, async ({ db, session }, d) => {
  const spi = lireSpi(d.spi);
  if (!spi.ok) throw new ErreurMetier("spi_invalide", spi.erreur, "spi");
  const demande = await db.demande.findFirst({
    where: { id: d.demandeId, statut: "brouillon", foyer: foyerDuCompte(session.compte.id) },
    select: { foyerId: true },
  });
  if (!demande) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable ou déjà envoyée.");
  const compte = await db.compte.findUniqueOrThrow({
    where: { id: session.compte.id },
    select: { prenoms: true, nomNaissance: true, nomUsage: true, dateNaissance: true, identiteCertifiee: true },
  });
  const dateNaissance = compte.dateNaissance ?? d.dateNaissance;
  if (!dateNaissance)
    throw new ErreurMetier(
      "date_naissance",
      "Indiquez votre date de naissance : elle sert à vérifier que vous êtes déclarant de ce foyer fiscal.",
      "dateNaissance",
    );
  const responsable = await db.responsableLegal.findUniqueOrThrow({
    where: { foyerId_rang: { foyerId: demande.foyerId, rang: 1 } },
    select: { id: true },
  });
  if (!compte.dateNaissance) {
    await db.compte.update({ where: { id: session.compte.id }, data: { dateNaissance } });
    await db.responsableLegal.update({ where: { id: responsable.id }, data: { dateNaissance } });
  }
  const maintenant = new Date();
  const annees = await anneesDemandees(db, maintenant);
  const consentementId = await enregistrerConsentement(db, {
    foyerId: demande.foyerId,
    compteId: session.compte.id,
    responsableId: responsable.id,
    statut: "accorde",
    anneeRevenus: annees[0]?.annee ?? null,
    maintenant,
  });
  const issue = await (
    await serviceInstantaneFiscal()
  ).obtenir(db, {
    foyerId: demande.foyerId,
    responsableId: responsable.id,
    consentementId,
    acces: { mode: "spi", spi: spi.spi },
    identiteTitulaire: {
      prenoms: compte.prenoms ?? "",
      nomNaissance: compte.nomNaissance ?? compte.nomUsage ?? "",
      nomUsage: compte.nomUsage,
      dateNaissance,
    },
  });
  // Kept (agents see its last digits) so that an SPI-mode call can be retried from the back-office.
  if (!(issue.raisons as string[]).includes("spi_inconnu"))
    await db.responsableLegal.update({ where: { id: responsable.id }, data: { numeroFiscal: spi.spi } });
  await noterIssueSurLaDemande(db, d.demandeId, responsable.id, issue);
  redirect(`/espace/demandes/${d.demandeId}/recapitulatif`);
});
