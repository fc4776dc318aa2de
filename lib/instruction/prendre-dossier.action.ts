"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { acteurDe, cheminDossier } from "./acteur";
import { prendreDossier } from "./prise-en-charge.mutation";
import { idDossier } from "./schemas";

export const prendreDossierAction = creerAction(
  ["agent", "admin"],
  idDossier,
  async ({ db, session }, { dossierId }) => {
    await prendreDossier(db, acteurDe(session), dossierId);
    revalidatePath("/agent");
    redirect(cheminDossier(dossierId));
  },
);
