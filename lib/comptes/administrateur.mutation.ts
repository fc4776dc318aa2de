import "server-only";

import { z } from "zod";

import { journaliser } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { emettreJeton } from "./jetons.mutation";

/** The activation link of a new admin stays valid this long; it is single-use. */
export const DUREE_ACTIVATION_ADMIN_HEURES = 24;

const adresse = z.string().trim().toLowerCase().max(254).pipe(z.email());

/**
 * Bootstrap (`npm run admin:creer -- <email>`): an admin account without any password, and a single-use link to
 * choose one (the password-reset token: the page applies the staff password rule and marks the address verified).
 * An address that already has an account is refused: nothing is changed.
 */
export async function creerAdministrateur(
  db: Db,
  email: string,
  urlPortail: string,
  maintenant: Date,
): Promise<{ compteId: string; lien: string }> {
  const a = adresse.safeParse(email);
  if (!a.success) throw new ErreurMetier("email_invalide", `Adresse électronique invalide : ${email}`);
  return db.$transaction(async (tx) => {
    if ((await tx.compte.count({ where: { email: a.data } })) > 0) {
      throw new ErreurMetier("compte_existant", `Un compte existe déjà pour ${a.data}.`);
    }
    const compte = await tx.compte.create({
      data: { role: "admin", email: a.data, creeLe: maintenant },
      select: { id: true },
    });
    const jeton = await emettreJeton(tx, {
      type: "reinitialisation_mot_de_passe",
      compteId: compte.id,
      dureeHeures: DUREE_ACTIVATION_ADMIN_HEURES,
      maintenant,
    });
    await journaliser(tx, { id: compte.id, role: "admin" }, "compte.admin_cree_par_commande", {
      type: "compte",
      id: compte.id,
    });
    return { compteId: compte.id, lien: new URL(`/reinitialiser?jeton=${jeton}`, urlPortail).toString() };
  });
}
