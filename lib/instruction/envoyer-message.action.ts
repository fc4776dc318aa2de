"use server";

import { revalidatePath } from "next/cache";

import { notifierFamille } from "@/lib/courriels/notifier-famille.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { acteurDe, cheminDossier } from "./acteur";
import { envoyerMessage } from "./echanges-famille.mutation";
import { message } from "./schemas";

export const envoyerMessageAction = creerAction(["agent", "admin"], message, async ({ db, session }, m) => {
  await envoyerMessage(db, acteurDe(session), m);
  await notifierFamille(db, m.dossierId, "message", env().PORTAIL_URL);
  revalidatePath(cheminDossier(m.dossierId));
  return { statut: "succes", message: "Le message est envoyé : la famille le lira dans son espace." };
});
