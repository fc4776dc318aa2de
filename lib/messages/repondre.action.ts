"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { creerAction } from "@/lib/server/action";
import { repondreAuDossierDuFoyer } from "./repondre.mutation";

const schema = z.object({
  dossierId: z.uuid(),
  corps: z.string().trim().min(1, "Écrivez votre message.").max(4000, "4 000 caractères au plus."),
});

/** The family answers the agent on its own dossier. */
export const repondreAuDossier = creerAction(["citoyen"], schema, async ({ db, session }, d) => {
  const { demandeId } = await repondreAuDossierDuFoyer(db, session.compte.id, d.dossierId, d.corps);
  if (demandeId) revalidatePath(`/espace/demandes/${demandeId}`);
  return { statut: "succes", message: "Votre message est envoyé à l'agent." };
});
