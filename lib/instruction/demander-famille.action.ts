"use server";

import { revalidatePath } from "next/cache";

import { notifierFamille } from "@/lib/courriels/notifier-famille.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { acteurDe, cheminDossier } from "./acteur";
import { demanderALaFamille } from "./echanges-famille.mutation";
import { demandeFamille } from "./schemas";

export const demanderFamilleAction = creerAction(["agent", "admin"], demandeFamille, async ({ db, session }, q) => {
  await demanderALaFamille(db, acteurDe(session), q);
  await notifierFamille(db, q.dossierId, "demande", env().PORTAIL_URL);
  revalidatePath(cheminDossier(q.dossierId));
  return { statut: "succes", message: "La demande est envoyée à la famille ; le dossier attend sa réponse." };
});
