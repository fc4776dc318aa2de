import "server-only";

import type { Db } from "@/lib/server/database";
import { envoyerCourriel } from "./courriel.mutation";
import type { NomModele } from "./domain/modeles";

export type Evenement = "validation" | "rejet" | "demande" | "message" | "autorisation";

const MODELE: Record<Evenement, NomModele> = {
  validation: "decision_validation",
  rejet: "decision_rejet",
  demande: "demande_complement",
  message: "nouveau_message",
  autorisation: "nouvelle_autorisation",
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
  await envoyerCourriel(db, {
    destinataire,
    modele: MODELE[evenement],
    lien: new URL(d.demandeId ? `/espace/demandes/${d.demandeId}` : "/espace", urlPortail),
  });
}
