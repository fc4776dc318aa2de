"use server";

import { redirect } from "next/navigation";

import { cheminDeRetour } from "@/lib/auth/origine";
import { ouvrirSessionLocale } from "@/lib/auth/ouvrir-session-locale";
import { creerActionPublique } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { connexionLocale } from "./connexion-locale.mutation";
import { connexionLocale as schema } from "./schemas";

const ACCUEIL_PAR_ROLE = { citoyen: "/espace", agent: "/agent", admin: "/admin" } as const;

const heure = (d: Date) =>
  d.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

export const seConnecterLocalement = creerActionPublique(schema, async ({ db }, d) => {
  const r = await connexionLocale(db, d.email, d.motDePasse, new Date());
  if (!r.ok) {
    if (r.raison === "verrouille")
      throw new ErreurMetier(
        "compte_verrouille",
        `Trop de tentatives : ce compte est verrouillé jusqu'à ${heure(r.jusqua!)}. Réessayez ensuite, ou réinitialisez votre mot de passe.`,
      );
    if (r.raison === "email_non_verifie")
      throw new ErreurMetier(
        "email_non_verifie",
        "Votre adresse électronique n'est pas encore vérifiée : ouvrez le lien reçu par courriel (il est valable 24 heures).",
      );
    throw new ErreurMetier("identifiants", "Adresse électronique ou mot de passe incorrect.");
  }
  await ouvrirSessionLocale(db, r.compteId);
  redirect(cheminDeRetour(d.retour, ACCUEIL_PAR_ROLE[r.role]));
});
