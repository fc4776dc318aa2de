"use server";

import { creerActionPublique } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { envoyerLienReinitialisation } from "./reinitialisation.mutation";
import { demandeReinitialisation } from "./schemas";

export const demanderReinitialisation = creerActionPublique(demandeReinitialisation, async ({ db }, d) => {
  await envoyerLienReinitialisation(db, d.email, env().PORTAIL_URL, new Date());
  return {
    statut: "succes",
    message:
      "Si un compte existe pour cette adresse, un courriel vient de lui être envoyé avec un lien valable une heure.",
  };
});
