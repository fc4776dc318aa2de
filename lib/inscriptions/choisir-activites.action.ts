"use server";

import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { choisirActivites } from "./demande.mutation";
import { choixActivites } from "./schemas";

export const enregistrerChoixActivites = creerAction(["citoyen"], choixActivites, async ({ db, session }, d) => {
  await choisirActivites(db, session.compte.id, d.demandeId, d.choix, new Date(), env().INSCRIPTIONS_PAR_ENFANT_MAX);
  redirect(`/espace/demandes/${d.demandeId}/tarification`);
});
