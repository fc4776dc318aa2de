import "server-only";

import { emettreJeton, finDeValidite } from "@/lib/comptes/jetons.mutation";
import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";

/**
 * Sends the second parent (declared with their own foyer fiscal) a link to authorize their own tax data later, from
 * their own device (7 days). The message names nobody (a link and nothing personal). Returns who was invited.
 */
export async function inviterSecondParentParCourriel(
  db: Db,
  p: { compteId: string; demandeId: string; urlPortail: string; maintenant: Date },
): Promise<{ prenoms: string; email: string }> {
  const demande = await db.demande.findFirst({
    where: { id: p.demandeId, foyer: foyerDuCompte(p.compteId) },
    select: { foyerId: true },
  });
  if (!demande) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable.");
  const second = await db.responsableLegal.findUnique({
    where: { foyerId_rang: { foyerId: demande.foyerId, rang: 2 } },
    select: { id: true, prenoms: true, email: true, foyerFiscalDistinct: true },
  });
  if (!second?.foyerFiscalDistinct)
    throw new ErreurMetier(
      "second_parent_absent",
      "Déclarez d'abord le second parent, avec son propre foyer fiscal, dans « Mon foyer ».",
    );
  const email = second.email;
  if (!email)
    throw new ErreurMetier(
      "email_manquant",
      "Ajoutez l'adresse électronique du second parent dans « Mon foyer » pour lui envoyer le lien.",
    );
  await db.$transaction(async (tx) => {
    const jeton = await emettreJeton(tx, {
      type: "invitation_second_parent",
      foyerId: demande.foyerId,
      // Bound to this person: worthless once they are replaced or removed.
      responsableId: second.id,
      dureeHeures: 7 * 24,
      maintenant: p.maintenant,
    });
    await envoyerCourriel(tx, {
      destinataire: email,
      modele: "invitation_second_parent",
      lien: new URL(`/autorisation-second-parent?jeton=${jeton}`, p.urlPortail),
      lienExpireLe: finDeValidite(p.maintenant, 7 * 24),
    });
  });
  return { prenoms: second.prenoms, email };
}
