"use server";

import { redirect } from "next/navigation";

import { creerActionPublique } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { hacherMotDePasse, problemesMotDePasse } from "./domain/mot-de-passe";
import { consommerJeton } from "./jetons.mutation";
import { reinitialisation } from "./schemas";

const LIEN_PERIME = "Ce lien n'est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.";

export const reinitialiserMotDePasse = creerActionPublique(reinitialisation, async ({ db }, d) => {
  // Checked against the loosest rule first so that a weak password does not burn the link.
  const problemes = problemesMotDePasse(d.motDePasse, "citoyen");
  if (problemes.length > 0) throw new ErreurMetier("mot_de_passe_faible", problemes.join(" "), "motDePasse");
  const maintenant = new Date();
  await db.$transaction(async (tx) => {
    const jeton = await consommerJeton(tx, "reinitialisation_mot_de_passe", d.jeton, maintenant);
    if (!jeton?.compteId) throw new ErreurMetier("lien_perime", LIEN_PERIME);
    const { role } = await tx.compte.findUniqueOrThrow({ where: { id: jeton.compteId }, select: { role: true } });
    const stricts = problemesMotDePasse(d.motDePasse, role);
    // Rolls the transaction back: the link stays usable.
    if (stricts.length > 0) throw new ErreurMetier("mot_de_passe_faible", stricts.join(" "), "motDePasse");
    await tx.compte.update({
      where: { id: jeton.compteId },
      data: {
        motDePasseHash: await hacherMotDePasse(d.motDePasse),
        echecsConnexion: 0,
        verrouilleJusquA: null,
        emailVerifieLe: maintenant,
      },
    });
    // A password change ends every open session of the account.
    await tx.session.updateMany({
      where: { compteId: jeton.compteId, revoqueeLe: null },
      data: { revoqueeLe: maintenant },
    });
    await tx.journalAudit.create({
      data: {
        acteurId: jeton.compteId,
        action: "compte.mot_de_passe_reinitialise",
        cibleType: "compte",
        cibleId: jeton.compteId,
      },
    });
  });
  redirect("/connexion?reinitialise=1");
});
