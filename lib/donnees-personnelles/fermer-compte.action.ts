"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { nomCookieSession, optionsCookieSession } from "@/lib/auth/cookie";
import { dependancesDocuments } from "@/lib/documents/dependances-application";
import { creerAction } from "@/lib/server/action";
import { fermerCompte } from "./fermeture-compte.mutation";
import { confirmationFermeture } from "./schemas";

export const fermerMonCompte = creerAction(["citoyen"], confirmationFermeture, async ({ db, session }) => {
  await fermerCompte(
    db,
    dependancesDocuments().stockage,
    { id: session.compte.id, role: session.compte.role },
    new Date(),
  );
  // The session row is already revoked; the cookie goes too.
  (await cookies()).set(nomCookieSession(), "", { ...optionsCookieSession(0), expires: new Date(0) });
  redirect("/compte-ferme");
});
