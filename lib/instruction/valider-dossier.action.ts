"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { notifierFamille } from "@/lib/courriels/notifier-famille.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { acteurDe, cheminDossier } from "./acteur";
import { validation } from "./schemas";
import { validerDossier } from "./valider-dossier.mutation";

export const validerDossierAction = creerAction(["agent", "admin"], validation, async ({ db, session }, v) => {
  await validerDossier(db, acteurDe(session), v);
  await notifierFamille(db, v.dossierId, "validation", env().PORTAIL_URL);
  revalidatePath("/agent");
  redirect(`${cheminDossier(v.dossierId)}?resultat=valide`);
});
