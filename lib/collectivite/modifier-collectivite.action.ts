"use server";

import { revalidatePath } from "next/cache";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { modifierCollectivite as modifier } from "./collectivite.mutation";
import { collectiviteSaisie } from "./schemas";

export const modifierCollectivite = creerAction(["admin"], collectiviteSaisie, async ({ db, session }, d) => {
  await modifier(db, acteurDe(session), d);
  revalidatePath("/", "layout");
  return { statut: "succes", message: "La collectivité et sa politique d'année fiscale sont enregistrées." };
});
