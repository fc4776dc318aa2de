"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { modifierEnfantDuFoyer } from "./enfants.mutation";
import { enfant, idEnfant } from "./schemas";

export const modifierEnfant = creerAction(
  ["citoyen"],
  enfant.extend(idEnfant.shape),
  async ({ db, session }, { enfantId, ...d }) => {
    await modifierEnfantDuFoyer(db, session.compte.id, enfantId, d);
    revalidatePath("/espace");
    redirect("/espace/enfants?modifie=1");
  },
);
