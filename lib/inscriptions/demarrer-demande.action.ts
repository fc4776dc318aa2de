"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { compterMesEnfants } from "@/lib/enfants/enfants.query";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { anneeScolaireDesInscriptions } from "./annee.query";
import { demandeEnCours } from "./demande.mutation";

export const demarrerDemande = creerAction(["citoyen"], z.object({}), async ({ db, session }) => {
  const annee = await anneeScolaireDesInscriptions(db, new Date());
  if (!annee)
    throw new ErreurMetier("aucune_annee", "Aucune année scolaire n'est ouverte aux inscriptions pour le moment.");
  if ((await compterMesEnfants(db, session.compte.id)) === 0) redirect("/espace/enfants/nouveau");
  const id = await demandeEnCours(db, session.compte.id, annee.id);
  redirect(`/espace/demandes/${id}/activites`);
});
