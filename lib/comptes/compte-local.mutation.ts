import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import type { Db } from "@/lib/server/database";
import { hacherMotDePasse } from "./domain/mot-de-passe";
import { consommerJeton, emettreJeton, finDeValidite } from "./jetons.mutation";

export interface NouveauCompteLocal {
  email: string;
  motDePasse: string;
  prenoms: string;
  nom: string;
}

/**
 * A family account with e-mail and password, to be activated through the link sent by e-mail (24 hours). Nothing
 * happens for an address that already has an account, and the caller answers the same: addresses cannot be
 * discovered. The account, its link, the message and the audit row are written together or not at all.
 */
export async function creerCompteLocal(
  db: Db,
  c: NouveauCompteLocal,
  urlPortail: string,
  maintenant: Date,
): Promise<void> {
  // Hashed first, even for a taken address: the same work either way.
  const motDePasseHash = await hacherMotDePasse(c.motDePasse);
  if (await db.compte.findUnique({ where: { email: c.email }, select: { id: true } })) return;
  await db.$transaction(async (tx) => {
    const compte = await tx.compte.create({
      data: { role: "citoyen", email: c.email, motDePasseHash, prenoms: c.prenoms, nomUsage: c.nom },
      select: { id: true },
    });
    const jeton = await emettreJeton(tx, {
      type: "verification_email",
      compteId: compte.id,
      dureeHeures: 24,
      maintenant,
    });
    await envoyerCourriel(tx, {
      destinataire: c.email,
      modele: "activation_compte",
      lien: new URL(`/verifier-email?jeton=${jeton}`, urlPortail),
      lienExpireLe: finDeValidite(maintenant, 24),
    });
    await journaliser(tx, { id: compte.id, role: "citoyen" }, "compte.cree", { type: "compte", id: compte.id });
  });
}

/** The activation link: used once, it marks the address verified. False when unknown, used or expired. */
export async function confirmerEmail(db: Db, jeton: string, maintenant: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const j = await consommerJeton(tx, "verification_email", jeton, maintenant);
    if (!j?.compteId) return false;
    await tx.compte.update({ where: { id: j.compteId }, data: { emailVerifieLe: maintenant }, select: { id: true } });
    return true;
  });
}
