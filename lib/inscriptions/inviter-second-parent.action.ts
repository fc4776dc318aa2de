"use server";

import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { inviterSecondParentParCourriel } from "./inviter-second-parent.mutation";
import { idDemande } from "./schemas";

/** Sends the second parent a link to authorize their own tax data later, from their own device (7 days). */
export const inviterSecondParent = creerAction(["citoyen"], idDemande, async ({ db, session }, d) => {
  const { compte } = session;
  const invite = await inviterSecondParentParCourriel(db, {
    compteId: compte.id,
    demandeId: d.demandeId,
    urlPortail: env().PORTAIL_URL,
    maintenant: new Date(),
  });
  return { statut: "succes", message: `Un lien a été envoyé à ${invite.prenoms} (${invite.email}), valable 7 jours.` };
});
