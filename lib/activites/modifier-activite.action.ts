"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { modifierActivite as modifier } from "./activites.mutation";
import { activiteModification } from "./schemas";

export const modifierActivite = creerAction(
  ["admin"],
  activiteModification.and(z.object({ id: uuid("Activité") })),
  async ({ db, session }, { id, ...d }) => {
    await modifier(db, acteurDe(session), id, d);
    revalidatePath("/admin", "layout");
    return { statut: "succes", message: "L'activité est enregistrée." };
  },
);
