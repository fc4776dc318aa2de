"use server";

import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { accuserEnvoiDemande } from "./accuse-envoi.mutation";
import { idDemande } from "./schemas";
import { soumettreDemande } from "./soumettre-demande.mutation";

export const envoyerDemande = creerAction(["citoyen"], idDemande, async ({ db, session }, d) => {
  const r = await soumettreDemande(db, session.compte.id, d.demandeId, new Date());
  if (!r.dejaSoumise) await accuserEnvoiDemande(db, r, session.compte.email, env().PORTAIL_URL);
  redirect(`/espace/demandes/${d.demandeId}?envoyee=1`);
});
