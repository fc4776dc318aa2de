"use server";

import { revalidatePath } from "next/cache";

import { creerAction } from "@/lib/server/action";
import { enregistrerSecondParent } from "./foyer.mutation";
import { secondResponsable } from "./schemas";

export const enregistrerSecondResponsable = creerAction(["citoyen"], secondResponsable, async ({ db, session }, d) => {
  await enregistrerSecondParent(db, session.compte.id, d);
  revalidatePath("/espace");
  return { statut: "succes", message: "Le second responsable légal est enregistré." };
});
