"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { retirerEnfantDuFoyer } from "./enfants.mutation";
import { idEnfant } from "./schemas";

/** Removes a child from the family's list; enrolments already decided stay in the records (billing). */
export const retirerEnfant = creerAction(["citoyen"], idEnfant, async ({ db, session }, { enfantId }) => {
  await retirerEnfantDuFoyer(db, session.compte.id, enfantId, new Date());
  revalidatePath("/espace");
  redirect("/espace/enfants?retire=1");
});
