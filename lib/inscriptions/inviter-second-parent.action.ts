"use server";

import { emettreJeton } from "@/lib/comptes/jetons.mutation";
import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { ErreurMetier } from "@/lib/server/erreurs";
import { idDemande } from "./schemas";

/** Sends the second parent a link to authorize their own tax data later, from their own device (7 days). */
export const inviterSecondParent = creerAction(["citoyen"], idDemande, async ({ db, session }, d) => {
  const demande = await db.demande.findFirst({
    where: { id: d.demandeId, foyer: foyerDuCompte(session.compte.id) },
    select: { foyerId: true },
  });
  if (!demande) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable.");
  const second = await db.responsableLegal.findUnique({
    where: { foyerId_rang: { foyerId: demande.foyerId, rang: 2 } },
    select: { prenoms: true, email: true, foyerFiscalDistinct: true },
  });
  if (!second?.foyerFiscalDistinct)
    throw new ErreurMetier(
      "second_parent_absent",
      "Déclarez d'abord le second parent, avec son propre foyer fiscal, dans « Mon foyer ».",
    );
  if (!second.email)
    throw new ErreurMetier(
      "email_manquant",
      "Ajoutez l'adresse électronique du second parent dans « Mon foyer » pour lui envoyer le lien.",
    );
  const jeton = await emettreJeton(db, {
    type: "invitation_second_parent",
    foyerId: demande.foyerId,
    dureeHeures: 7 * 24,
    maintenant: new Date(),
  });
  const titulaire = [session.compte.prenoms, session.compte.nomUsage ?? session.compte.nomNaissance]
    .filter(Boolean)
    .join(" ");
  await envoyerCourriel(db, {
    destinataire: second.email,
    sujet: "Autorisez la récupération de vos données fiscales pour les inscriptions de vos enfants",
    corps: `Bonjour ${second.prenoms},\n\n${titulaire} inscrit vos enfants au Portail Famille. Le tarif dépend aussi de vos revenus, déclarés séparément. Avec votre accord, la mairie peut les obtenir directement auprès des Finances publiques. Ouvrez ce lien (valable 7 jours) :\n${new URL(`/autorisation-second-parent?jeton=${jeton}`, env().PORTAIL_URL)}\n\nSi vous ne connaissez pas cette démarche, ignorez ce message.`,
  });
  return { statut: "succes", message: `Un lien a été envoyé à ${second.prenoms} (${second.email}), valable 7 jours.` };
});
