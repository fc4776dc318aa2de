"use server";

import { redirect } from "next/navigation";

import { enregistrerConsentement } from "@/lib/consentements/consentement.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { choixVoie } from "./schemas";

/** The family declines the tax-data consent: either the highest price at once, or a tax notice for an agent. */
export const choisirSansDonneesFiscales = creerAction(["citoyen"], choixVoie, async ({ db, session }, d) => {
  const demande = await db.demande.findFirst({
    where: { id: d.demandeId, statut: "brouillon", foyer: foyerDuCompte(session.compte.id) },
    select: { foyerId: true },
  });
  if (!demande) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable ou déjà envoyée.");
  const maintenant = new Date();
  const responsable = await db.responsableLegal.findUnique({
    where: { foyerId_rang: { foyerId: demande.foyerId, rang: 1 } },
    select: { id: true },
  });
  await enregistrerConsentement(db, {
    foyerId: demande.foyerId,
    compteId: session.compte.id,
    responsableId: responsable?.id ?? null,
    statut: "refuse",
    anneeRevenus: null,
    maintenant,
  });
  await db.demande.update({ where: { id: d.demandeId }, data: { voieTarification: d.voie, raisonsEnAttente: [] } });
  redirect(
    d.voie === "document" ? `/espace/demandes/${d.demandeId}/avis` : `/espace/demandes/${d.demandeId}/recapitulatif`,
  );
});
