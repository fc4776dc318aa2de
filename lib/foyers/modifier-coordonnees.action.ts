"use server";

import { revalidatePath } from "next/cache";

import { creerAction } from "@/lib/server/action";
import { enregistrerCoordonnees } from "./foyer.mutation";
import { coordonnees } from "./schemas";

export const modifierCoordonnees = creerAction(["citoyen"], coordonnees, async ({ db, session }, d) => {
  await enregistrerCoordonnees(db, session.compte.id, d);
  revalidatePath("/espace");
  return { statut: "succes", message: "Vos coordonnées sont enregistrées." };
});
