import "server-only";

import type { Db } from "@/lib/server/database";
import { envoyerCourriel } from "./courriel.mutation";

export type Evenement = "validation" | "rejet" | "demande" | "message" | "autorisation";

const SUJETS: Record<Evenement, string> = {
  validation: "Votre demande d'inscription est validée",
  rejet: "Décision sur votre demande d'inscription",
  demande: "La collectivité a besoin d'un complément pour votre demande",
  message: "Nouveau message de la collectivité",
  autorisation: "Autorisez à nouveau la récupération de vos données fiscales",
};

/**
 * Tells the family, by e-mail, that something happened on its dossier — without the content (names, figures,
 * reasons stay behind the sign-in): only a link to the request's page.
 */
export async function notifierFamille(
  db: Db,
  dossierId: string,
  evenement: Evenement,
  urlPortail: string,
): Promise<void> {
  const d = await db.dossier.findUnique({
    where: { id: dossierId },
    select: {
      demandeId: true,
      foyer: {
        select: {
          emailContact: true,
          responsables: { where: { rang: 1 }, select: { compte: { select: { email: true, fermeLe: true } } } },
        },
      },
    },
  });
  if (!d) return;
  const titulaire = d.foyer.responsables[0]?.compte;
  if (titulaire?.fermeLe) return;
  const destinataire = d.foyer.emailContact ?? titulaire?.email;
  if (!destinataire) return;
  const lien = new URL(d.demandeId ? `/espace/demandes/${d.demandeId}` : "/espace", urlPortail);
  await envoyerCourriel(db, {
    destinataire,
    sujet: SUJETS[evenement],
    corps: `Bonjour,\n\n${SUJETS[evenement]}. Le détail est dans votre espace famille :\n${lien}\n\nCe message est envoyé automatiquement.`,
  });
}
