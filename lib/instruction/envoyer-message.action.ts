"use server";

import { revalidatePath } from "next/cache";
import { creerAction } from "@/lib/server/action";
import { acteurDe, cheminDossier } from "./acteur";
import { envoyerMessage } from "./echanges-famille.mutation";
import { message } from "./schemas";

export const envoyerMessageAction = creerAction(["agent", "admin"], message, async ({ db, session }, m) => {
  await envoyerMessage(db, acteurDe(session), m);
  revalidatePath(cheminDossier(m.dossierId));
  return { statut: "succes", message: "Le message est envoyé : la famille le lira dans son espace." };
});
