"use server";

import { redirect } from "next/navigation";

import { exigerLimites, LIMITES } from "@/lib/securite/limites.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { adresseSource } from "@/lib/server/requete";
import { accuserEnvoiDemande } from "./accuse-envoi.mutation";
import { idDemande } from "./schemas";
import { soumettreDemande } from "./soumettre-demande.mutation";

export const envoyerDemande = creerAction(["citoyen"], idDemande, async ({ db, session }, d) => {
  await exigerLimites(
    db,
    [
      [`envoi:${session.compte.id}`, LIMITES.envoiCompte],
      [`envoi-source:${await adresseSource()}`, LIMITES.envoiSource],
    ],
    "envois de demande",
  );
  const r = await soumettreDemande(db, session.compte.id, d.demandeId, new Date());
  if (!r.dejaSoumise) await accuserEnvoiDemande(db, r, session.compte.email, env().PORTAIL_URL);
  redirect(`/espace/demandes/${d.demandeId}?envoyee=1`);
});
