"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { acteurDe, cheminDossier } from "./acteur";
import { libererDossier } from "./prise-en-charge.mutation";
import { idDossier } from "./schemas";

// Back to the queue afterwards: the release button is gone from the dossier page once it is released (its message
// would vanish with it), and an agent who gives a dossier back moves on to another one.
export const libererDossierAction = creerAction(
  ["agent", "admin"],
  idDossier,
  async ({ db, session }, { dossierId }) => {
    await libererDossier(db, acteurDe(session), dossierId);
    revalidatePath("/agent");
    revalidatePath(cheminDossier(dossierId));
    redirect("/agent?libere=1");
  },
);
