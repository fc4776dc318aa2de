"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { creerActionPublique } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { consommerJeton } from "./jetons.mutation";

export const verifierEmail = creerActionPublique(z.object({ jeton: z.string().min(20) }), async ({ db }, d) => {
  const maintenant = new Date();
  const jeton = await consommerJeton(db, "verification_email", d.jeton, maintenant);
  if (!jeton?.compteId)
    throw new ErreurMetier(
      "lien_perime",
      "Ce lien n'est plus valable (déjà utilisé ou expiré). Connectez-vous, ou recréez votre compte.",
    );
  await db.compte.update({ where: { id: jeton.compteId }, data: { emailVerifieLe: maintenant } });
  redirect("/connexion?verifie=1");
});
