"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { creerActionPublique } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { confirmerEmail } from "./compte-local.mutation";

export const verifierEmail = creerActionPublique(z.object({ jeton: z.string().min(20) }), async ({ db }, d) => {
  if (!(await confirmerEmail(db, d.jeton, new Date())))
    throw new ErreurMetier(
      "lien_perime",
      "Ce lien n'est plus valable (déjà utilisé ou expiré). Connectez-vous, ou recréez votre compte.",
    );
  redirect("/connexion?verifie=1");
});
