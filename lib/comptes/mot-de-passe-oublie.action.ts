"use server";

import { empreinte, exigerLimites, LIMITES } from "@/lib/securite/limites.mutation";
import { creerActionPublique } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { adresseSource } from "@/lib/server/requete";
import { envoyerLienReinitialisation } from "./reinitialisation.mutation";
import { demandeReinitialisation } from "./schemas";

export const demanderReinitialisation = creerActionPublique(demandeReinitialisation, async ({ db }, d) => {
  // Keyed on the typed address whether or not it has an account: the answer stays the same either way.
  await exigerLimites(
    db,
    [
      [`reinitialisation:${empreinte(d.email)}`, LIMITES.reinitialisationAdresse],
      [`reinitialisation-source:${await adresseSource()}`, LIMITES.reinitialisationSource],
    ],
    "demandes de réinitialisation",
  );
  await envoyerLienReinitialisation(db, d.email, env().PORTAIL_URL, new Date());
  return {
    statut: "succes",
    message:
      "Si un compte existe pour cette adresse, un courriel vient de lui être envoyé avec un lien valable une heure.",
  };
});
