"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { creerActionPublique } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { confirmerEmail } from "./compte-local.mutation";

// The token comes from the link, not from a field the person can correct: a missing or cut one is said plainly
// (a form-level "correct the fields" summary would point at nothing).
export const verifierEmail = creerActionPublique(z.object({ jeton: z.string().default("") }), async ({ db }, d) => {
  if (d.jeton.length < 20)
    throw new ErreurMetier(
      "lien_incomplet",
      "Ce lien d'activation est incomplet : ouvrez le lien reçu par courriel en entier (copiez-le tel quel s'il est coupé), ou recréez votre compte.",
    );
  if (!(await confirmerEmail(db, d.jeton, new Date())))
    throw new ErreurMetier(
      "lien_perime",
      "Ce lien n'est plus valable (déjà utilisé ou expiré). Connectez-vous, ou recréez votre compte.",
    );
  redirect("/connexion?verifie=1");
});
