"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { creerAction } from "@/lib/server/action";
import { retirerSecondParent } from "./foyer.mutation";

export const retirerSecondResponsable = creerAction(
  ["citoyen"],
  z.object({ confirmation: z.literal("oui", { error: "Cochez la case pour confirmer." }) }),
  async ({ db, session }) => {
    await retirerSecondParent(db, session.compte.id);
    revalidatePath("/espace");
    return { statut: "succes", message: "Le second responsable légal est retiré du foyer." };
  },
);
