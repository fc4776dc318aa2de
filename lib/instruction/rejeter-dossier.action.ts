"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { creerAction } from "@/lib/server/action";
import { acteurDe, cheminDossier } from "./acteur";
import { rejeterDossier } from "./rejeter-dossier.mutation";
import { rejet } from "./schemas";

export const rejeterDossierAction = creerAction(["agent", "admin"], rejet, async ({ db, session }, r) => {
  await rejeterDossier(db, acteurDe(session), r);
  revalidatePath("/agent");
  redirect(`${cheminDossier(r.dossierId)}?resultat=rejete`);
});
