import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { hacherMotDePasse, problemesMotDePasse } from "./domain/mot-de-passe";
import { consommerJeton, emettreJeton, finDeValidite } from "./jetons.mutation";

const LIEN_PERIME = "Ce lien n'est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.";

/**
 * "Mot de passe oublié": an open account with a password gets a link valid one hour. Any other address gets
 * nothing, and the caller answers the same way: addresses cannot be discovered.
 */
export async function envoyerLienReinitialisation(
  db: Db,
  email: string,
  urlPortail: string,
  maintenant: Date,
): Promise<void> {
  const compte = await db.compte.findUnique({
    where: { email },
    select: { id: true, fermeLe: true, desactiveLe: true, motDePasseHash: true },
  });
  if (!compte || compte.fermeLe || compte.desactiveLe || !compte.motDePasseHash) return;
  await db.$transaction(async (tx) => {
    const jeton = await emettreJeton(tx, {
      type: "reinitialisation_mot_de_passe",
      compteId: compte.id,
      dureeHeures: 1,
      maintenant,
    });
    await envoyerCourriel(tx, {
      destinataire: email,
      modele: "reinitialisation_mot_de_passe",
      lien: new URL(`/reinitialiser?jeton=${jeton}`, urlPortail),
      lienExpireLe: finDeValidite(maintenant, 1),
    });
  });
}

/**
 * A new password through the link. The account's own rule applies (stricter for agents and admins); a password
 * it refuses rolls everything back, so the link stays usable. The lock is lifted, the address counts as verified
 * (the link reached it) and every open session of the account ends.
 */
export async function reinitialiserParJeton(
  db: Db,
  jeton: string,
  motDePasse: string,
  maintenant: Date,
): Promise<void> {
  const motDePasseHash = await hacherMotDePasse(motDePasse);
  await db.$transaction(async (tx) => {
    const j = await consommerJeton(tx, "reinitialisation_mot_de_passe", jeton, maintenant);
    if (!j?.compteId) throw new ErreurMetier("lien_perime", LIEN_PERIME);
    const compteId = j.compteId;
    const { role, desactiveLe } = await tx.compte.findUniqueOrThrow({
      where: { id: compteId },
      select: { role: true, desactiveLe: true },
    });
    if (desactiveLe) throw new ErreurMetier("lien_perime", LIEN_PERIME);
    const stricts = problemesMotDePasse(motDePasse, role);
    if (stricts.length > 0) throw new ErreurMetier("mot_de_passe_faible", stricts.join(" "), "motDePasse");
    await tx.compte.update({
      where: { id: compteId },
      data: { motDePasseHash, echecsConnexion: 0, verrouilleJusquA: null, emailVerifieLe: maintenant },
      select: { id: true },
    });
    await tx.session.updateMany({ where: { compteId, revoqueeLe: null }, data: { revoqueeLe: maintenant } });
    await journaliser(tx, { id: compteId, role }, "compte.mot_de_passe_reinitialise", { type: "compte", id: compteId });
  });
}
