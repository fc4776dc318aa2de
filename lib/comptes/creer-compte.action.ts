"use server";

import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import { creerActionPublique } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { ErreurMetier } from "@/lib/server/erreurs";
import { hacherMotDePasse, problemesMotDePasse } from "./domain/mot-de-passe";
import { emettreJeton } from "./jetons.mutation";
import { creationCompte } from "./schemas";

const MESSAGE =
  "Si cette adresse n'avait pas encore de compte, il est créé : ouvrez le lien reçu par courriel pour l'activer (valable 24 heures).";

export const creerCompteFamille = creerActionPublique(creationCompte, async ({ db }, d) => {
  const problemes = problemesMotDePasse(d.motDePasse, "citoyen");
  if (problemes.length > 0) throw new ErreurMetier("mot_de_passe_faible", problemes.join(" "), "motDePasse");
  const maintenant = new Date();
  // Same answer whether or not the address already has an account: addresses cannot be discovered here.
  if (await db.compte.findUnique({ where: { email: d.email }, select: { id: true } }))
    return { statut: "succes", message: MESSAGE };
  const compte = await db.compte.create({
    data: {
      role: "citoyen",
      email: d.email,
      motDePasseHash: await hacherMotDePasse(d.motDePasse),
      prenoms: d.prenoms,
      nomUsage: d.nom,
    },
  });
  const jeton = await emettreJeton(db, {
    type: "verification_email",
    compteId: compte.id,
    dureeHeures: 24,
    maintenant,
  });
  const lien = new URL(`/verifier-email?jeton=${jeton}`, env().PORTAIL_URL);
  await envoyerCourriel(db, {
    destinataire: d.email,
    sujet: "Activez votre compte du Portail Famille",
    corps: `Bonjour ${d.prenoms},\n\nPour activer votre compte, ouvrez ce lien dans les 24 heures :\n${lien}\n\nSi vous n'avez pas demandé ce compte, ignorez ce message.`,
  });
  await db.journalAudit.create({
    data: {
      acteurId: compte.id,
      acteurRole: "citoyen",
      action: "compte.cree",
      cibleType: "compte",
      cibleId: compte.id,
    },
  });
  return { statut: "succes", message: MESSAGE };
});
