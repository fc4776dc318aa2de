"use server";

import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { choixVoie } from "./schemas";
import { refuserDonneesFiscales } from "./voie-tarification.mutation";

/** The family declines the tax-data consent: either the highest price at once, or a tax notice for an agent. */
export const choisirSansDonneesFiscales = creerAction(["citoyen"], choixVoie, async ({ db, session }, d) => {
  await refuserDonneesFiscales(db, session.compte.id, d.demandeId, d.voie, new Date());
  redirect(
    d.voie === "document" ? `/espace/demandes/${d.demandeId}/avis` : `/espace/demandes/${d.demandeId}/recapitulatif`,
  );
});
