"use server";

import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { idDemande } from "./schemas";
import { retenirDonneesObtenues } from "./voie-tarification.mutation";

/** Tax data already obtained (and still held) prices this request too: no new call, identity checked again. */
export const utiliserDonneesObtenues = creerAction(["citoyen"], idDemande, async ({ db, session }, d) => {
  await retenirDonneesObtenues(db, session.compte.id, d.demandeId, new Date());
  redirect(`/espace/demandes/${d.demandeId}/recapitulatif`);
});
