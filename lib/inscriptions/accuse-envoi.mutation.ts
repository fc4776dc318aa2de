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
  await envoyerCourriel(db, {
    destinataire,
    modele: r.statut === "validee" ? "demande_validee" : "demande_recue",
    lien: new URL(`/espace/demandes/${r.demandeId}`, urlPortail),
  });
}
