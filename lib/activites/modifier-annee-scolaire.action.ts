"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { modifierAnneeScolaire as modifier } from "./annees-scolaires.mutation";
import { anneeScolaireSaisie } from "./schemas";

export const modifierAnneeScolaire = creerAction(
  ["admin"],
  anneeScolaireSaisie.and(z.object({ id: uuid("Année scolaire") })),
  async ({ db, session }, { id, ...d }) => {
    await modifier(db, acteurDe(session), id, d);
    revalidatePath("/admin", "layout");
    redirect(`/admin/annees?modifiee=${d.libelle}`);
  },
);
