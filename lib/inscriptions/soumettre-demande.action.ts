"use server";

import { redirect } from "next/navigation";

import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { idDemande } from "./schemas";
import { soumettreDemande } from "./soumettre-demande.mutation";

export const envoyerDemande = creerAction(["citoyen"], idDemande, async ({ db, session }, d) => {
  const r = await soumettreDemande(db, session.compte.id, d.demandeId, new Date());
  if (!r.dejaSoumise) {
    const destinataire =
      (await db.foyer.findFirst({ where: { demandes: { some: { id: d.demandeId } } }, select: { emailContact: true } }))
        ?.emailContact ?? session.compte.email;
    if (destinataire) {
      const lien = new URL(`/espace/demandes/${d.demandeId}`, env().PORTAIL_URL);
      await envoyerCourriel(db, {
        destinataire,
        sujet: r.statut === "validee" ? "Vos inscriptions sont validées" : "Votre demande d'inscription est reçue",
        corps:
          r.statut === "validee"
            ? `Bonjour,\n\nVos inscriptions sont validées et leur tarif est fixé. Le détail est dans votre espace :\n${lien}`
            : `Bonjour,\n\nVotre demande est reçue ; un agent doit l'examiner. Vous serez prévenu de sa décision. Suivez-la dans votre espace :\n${lien}`,
      });
    }
  }
  redirect(`/espace/demandes/${d.demandeId}?envoyee=1`);
});
