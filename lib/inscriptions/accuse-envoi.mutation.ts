import "server-only";

import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import type { Db } from "@/lib/server/database";
import type { ResultatSoumission } from "./soumettre-demande.mutation";

/**
 * Tells the family by e-mail that its request was received (or validated at once), at the household's contact
 * address, else the account's. Only a link to the request: its content stays behind the sign-in.
 */
export async function accuserEnvoiDemande(
  db: Db,
  r: ResultatSoumission,
  emailDuCompte: string | null,
  urlPortail: string,
): Promise<void> {
  const foyer = await db.foyer.findFirst({
    where: { demandes: { some: { id: r.demandeId } } },
    select: { emailContact: true },
  });
  const destinataire = foyer?.emailContact ?? emailDuCompte;
  if (!destinataire) return;
  const lien = new URL(`/espace/demandes/${r.demandeId}`, urlPortail);
  await envoyerCourriel(db, {
    destinataire,
    sujet: r.statut === "validee" ? "Vos inscriptions sont validées" : "Votre demande d'inscription est reçue",
    corps:
      r.statut === "validee"
        ? `Bonjour,\n\nVos inscriptions sont validées et leur tarif est fixé. Le détail est dans votre espace :\n${lien}`
        : `Bonjour,\n\nVotre demande est reçue ; un agent doit l'examiner. Vous serez prévenu de sa décision. Suivez-la dans votre espace :\n${lien}`,
  });
}
