"use server";

import { exigerLimites, LIMITES } from "@/lib/securite/limites.mutation";
import { creerActionPublique } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { ErreurMetier } from "@/lib/server/erreurs";
import { adresseSource } from "@/lib/server/requete";
import { creerCompteLocal } from "./compte-local.mutation";
import { problemesMotDePasse } from "./domain/mot-de-passe";
import { creationCompte } from "./schemas";

const MESSAGE =
  "Si cette adresse n'avait pas encore de compte, il est créé : ouvrez le lien reçu par courriel pour l'activer (valable 24 heures).";

export const creerCompteFamille = creerActionPublique(creationCompte, async ({ db }, d) => {
  const problemes = problemesMotDePasse(d.motDePasse, "citoyen");
  if (problemes.length > 0) throw new ErreurMetier("mot_de_passe_faible", problemes.join(" "), "motDePasse");
  await exigerLimites(db, [[`creation:${await adresseSource()}`, LIMITES.creationCompteSource]], "créations de compte");
  // Same answer whether or not the address already has an account: addresses cannot be discovered here.
  await creerCompteLocal(db, d, env().PORTAIL_URL, new Date());
  return { statut: "succes", message: MESSAGE };
});
