"use server";

import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import { creerActionPublique } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { emettreJeton } from "./jetons.mutation";
import { demandeReinitialisation } from "./schemas";

export const demanderReinitialisation = creerActionPublique(demandeReinitialisation, async ({ db }, d) => {
  const compte = await db.compte.findUnique({
    where: { email: d.email },
    select: { id: true, prenoms: true, fermeLe: true, motDePasseHash: true },
  });
  if (compte && !compte.fermeLe && compte.motDePasseHash) {
    const jeton = await emettreJeton(db, {
      type: "reinitialisation_mot_de_passe",
      compteId: compte.id,
      dureeHeures: 1,
      maintenant: new Date(),
    });
    await envoyerCourriel(db, {
      destinataire: d.email,
      sujet: "Réinitialiser votre mot de passe du Portail Famille",
      corps: `Bonjour ${compte.prenoms ?? ""},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n${new URL(`/reinitialiser?jeton=${jeton}`, env().PORTAIL_URL)}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change pas.`,
    });
  }
  return {
    statut: "succes",
    message:
      "Si un compte existe pour cette adresse, un courriel vient de lui être envoyé avec un lien valable une heure.",
  };
});
