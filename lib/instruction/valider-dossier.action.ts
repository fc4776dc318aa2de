"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { creerAction } from "@/lib/server/action";
import { acteurDe, cheminDossier } from "./acteur";
import { validation } from "./schemas";
import { validerDossier } from "./valider-dossier.mutation";

export const validerDossierAction = creerAction(["agent", "admin"], validation, async ({ db, session }, v) => {
  await validerDossier(db, acteurDe(session), v);
  revalidatePath("/agent");
  redirect(`${cheminDossier(v.dossierId)}?resultat=valide`);
});
