"use server";

import { exigerLimites, LIMITES } from "@/lib/securite/limites.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { adresseSource } from "@/lib/server/requete";
import { inviterSecondParentParCourriel } from "./inviter-second-parent.mutation";
import { idDemande } from "./schemas";

/** Sends the second parent a link to authorize their own tax data later, from their own device (7 days). */
export const inviterSecondParent = creerAction(["citoyen"], idDemande, async ({ db, session }, d) => {
  const { compte } = session;
  await exigerLimites(
    db,
    [
      [`invitation:${compte.id}`, LIMITES.invitationCompte],
      [`invitation-source:${await adresseSource()}`, LIMITES.invitationSource],
    ],
    "envois de lien",
  );
  const invite = await inviterSecondParentParCourriel(db, {
    compteId: compte.id,
    demandeId: d.demandeId,
    urlPortail: env().PORTAIL_URL,
    maintenant: new Date(),
  });
  return { statut: "succes", message: `Un lien a été envoyé à ${invite.prenoms} (${invite.email}), valable 7 jours.` };
});
