"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { notifierFamille } from "@/lib/courriels/notifier-famille.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { acteurDe, cheminDossier } from "./acteur";
import { rejeterDossier } from "./rejeter-dossier.mutation";
import { rejet } from "./schemas";

export const rejeterDossierAction = creerAction(["agent", "admin"], rejet, async ({ db, session }, r) => {
  await rejeterDossier(db, acteurDe(session), r);
  await notifierFamille(db, r.dossierId, "rejet", env().PORTAIL_URL);
  revalidatePath("/agent");
  redirect(`${cheminDossier(r.dossierId)}?resultat=rejete`);
});
