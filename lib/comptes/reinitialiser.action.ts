"use server";

import { redirect } from "next/navigation";

import { creerActionPublique } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { problemesMotDePasse } from "./domain/mot-de-passe";
import { reinitialiserParJeton } from "./reinitialisation.mutation";
import { reinitialisation } from "./schemas";

export const reinitialiserMotDePasse = creerActionPublique(reinitialisation, async ({ db }, d) => {
  // Checked against the loosest rule first so that a weak password does not burn the link.
  const problemes = problemesMotDePasse(d.motDePasse, "citoyen");
  if (problemes.length > 0) throw new ErreurMetier("mot_de_passe_faible", problemes.join(" "), "motDePasse");
  await reinitialiserParJeton(db, d.jeton, d.motDePasse, new Date());
  redirect("/connexion?reinitialise=1");
});
