"use server";

import { redirect } from "next/navigation";

import { CHEMIN_SECOND_FACTEUR } from "@/lib/auth/domain/second-facteur";
import { cheminDeRetour } from "@/lib/auth/origine";
import { ouvrirSessionLocale } from "@/lib/auth/ouvrir-session-locale";
import { messageLimite } from "@/lib/securite/message-limite";
import { creerActionPublique } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { adresseSource } from "@/lib/server/requete";
import { ACCUEIL_PAR_ROLE } from "./accueil";
import { connexionLocale } from "./connexion-locale.mutation";
import { connexionLocale as schema } from "./schemas";

export const seConnecterLocalement = creerActionPublique(schema, async ({ db }, d) => {
  const r = await connexionLocale(db, d.email, d.motDePasse, await adresseSource());
  if (!r.ok) {
    if (r.raison === "limite")
      throw new ErreurMetier(
        "trop_de_tentatives",
        `${messageLimite(r.attenteSecondes)} Si vous avez oublié votre mot de passe, réinitialisez-le.`,
      );
    if (r.raison === "email_non_verifie")
      throw new ErreurMetier(
        "email_non_verifie",
        "Votre adresse électronique n'est pas encore vérifiée : ouvrez le lien reçu par courriel (il est valable 24 heures).",
      );
    throw new ErreurMetier("identifiants", "Adresse électronique ou mot de passe incorrect.");
  }
  await ouvrirSessionLocale(db, r.compteId);
  const retour = cheminDeRetour(d.retour, ACCUEIL_PAR_ROLE[r.role]);
  // Agents and admins are not signed in yet: their second factor (or its enrolment) comes next, then `retour`.
  if (r.role !== "citoyen") redirect(`${CHEMIN_SECOND_FACTEUR}?retour=${encodeURIComponent(retour)}`);
  redirect(retour);
});
