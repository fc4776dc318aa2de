"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { ajouterEnfantAuFoyer } from "./enfants.mutation";
import { enfant } from "./schemas";

export const ajouterEnfant = creerAction(["citoyen"], enfant, async ({ db, session }, d) => {
  await ajouterEnfantAuFoyer(db, session.compte.id, d, env().ENFANTS_PAR_FOYER_MAX);
  revalidatePath("/espace");
  redirect("/espace/enfants?ajoute=1");
});
