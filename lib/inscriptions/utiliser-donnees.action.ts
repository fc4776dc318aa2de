"use server";

import { redirect } from "next/navigation";

import { controlerIdentite } from "@/lib/fiscal/domain/identite";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { situationFiscaleDuFoyer } from "./donnees-tarif.query";
import { idDemande } from "./schemas";

/** Tax data already obtained (and still held) prices this request too: no new call, identity checked again. */
export const utiliserDonneesObtenues = creerAction(["citoyen"], idDemande, async ({ db, session }, d) => {
  const demande = await db.demande.findFirst({
    where: { id: d.demandeId, statut: "brouillon", foyer: foyerDuCompte(session.compte.id) },
    select: { foyerId: true },
  });
  if (!demande) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable ou déjà envoyée.");
  const { foyersFiscaux } = await situationFiscaleDuFoyer(db, demande.foyerId, new Date());
  const instantane = foyersFiscaux[0]?.instantane;
  if (!instantane)
    throw new ErreurMetier(
      "aucune_donnee",
      "Vos données fiscales ne sont plus disponibles : autorisez à nouveau leur récupération.",
    );
  const c = await db.compte.findUniqueOrThrow({
    where: { id: session.compte.id },
    select: { prenoms: true, nomNaissance: true, nomUsage: true, dateNaissance: true },
  });
  const verifiable = c.prenoms && (c.nomNaissance || c.nomUsage) && c.dateNaissance && instantane.declarants.length > 0;
  const divergente =
    verifiable &&
    !controlerIdentite(instantane.declarants, {
      prenoms: c.prenoms!,
      nomNaissance: (c.nomNaissance ?? c.nomUsage)!,
      nomUsage: c.nomUsage,
      dateNaissance: c.dateNaissance!,
    }).concordante;
  await db.demande.update({
    where: { id: d.demandeId },
    data: { voieTarification: "donnees_fiscales", raisonsEnAttente: divergente ? ["identite_divergente"] : [] },
  });
  redirect(`/espace/demandes/${d.demandeId}/recapitulatif`);
});
