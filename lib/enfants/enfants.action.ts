"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { ajouterEnfantAuFoyer, modifierEnfantDuFoyer, retirerEnfantDuFoyer } from "./enfants.mutation";
import { enfant, idEnfant } from "./schemas";

export const ajouterEnfant = creerAction(["citoyen"], enfant, async ({ db, session }, d) => {
  await ajouterEnfantAuFoyer(db, session.compte.id, d, env().ENFANTS_PAR_FOYER_MAX);
  revalidatePath("/espace");
  redirect("/espace/enfants?ajoute=1");
});

export const modifierEnfant = creerAction(
  ["citoyen"],
  enfant.extend(idEnfant.shape),
  async ({ db, session }, { enfantId, ...d }) => {
    await modifierEnfantDuFoyer(db, session.compte.id, enfantId, d);
    revalidatePath("/espace");
    redirect("/espace/enfants?modifie=1");
  },
);

/** Removes a child from the family's list; enrolments already decided stay in the records (billing). */
export const retirerEnfant = creerAction(["citoyen"], idEnfant, async ({ db, session }, { enfantId }) => {
  await retirerEnfantDuFoyer(db, session.compte.id, enfantId, new Date());
  revalidatePath("/espace");
  redirect("/espace/enfants?retire=1");
});
