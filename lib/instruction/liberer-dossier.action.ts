"use server";

import { revalidatePath } from "next/cache";
import { creerAction } from "@/lib/server/action";
import { acteurDe, cheminDossier } from "./acteur";
import { libererDossier } from "./prise-en-charge.mutation";
import { idDossier } from "./schemas";

export const libererDossierAction = creerAction(["agent", "admin"], idDossier, async ({ db, session }, { dossierId }) => {
  await libererDossier(db, acteurDe(session), dossierId);
  revalidatePath("/agent");
  revalidatePath(cheminDossier(dossierId));
  return { statut: "succes", message: "Le dossier est remis dans la file : un collègue peut le prendre." };
});
