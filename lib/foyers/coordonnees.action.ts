"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { creerAction } from "@/lib/server/action";
import { enregistrerCoordonnees, enregistrerSecondParent, retirerSecondParent } from "./foyer.mutation";
import { coordonnees, secondResponsable } from "./schemas";

export const modifierCoordonnees = creerAction(["citoyen"], coordonnees, async ({ db, session }, d) => {
  await enregistrerCoordonnees(db, session.compte.id, d);
  revalidatePath("/espace");
  return { statut: "succes", message: "Vos coordonnées sont enregistrées." };
});

export const enregistrerSecondResponsable = creerAction(["citoyen"], secondResponsable, async ({ db, session }, d) => {
  await enregistrerSecondParent(db, session.compte.id, d);
  revalidatePath("/espace");
  return { statut: "succes", message: "Le second responsable légal est enregistré." };
});

export const retirerSecondResponsable = creerAction(
  ["citoyen"],
  z.object({ confirmation: z.literal("oui", { error: "Cochez la case pour confirmer." }) }),
  async ({ db, session }) => {
    await retirerSecondParent(db, session.compte.id);
    revalidatePath("/espace");
    return { statut: "succes", message: "Le second responsable légal est retiré du foyer." };
  },
);
