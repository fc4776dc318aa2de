"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { enregistrerCommune } from "./communes.mutation";
import { communeSaisie } from "./schemas";

/** The INSEE code is the commune's identity: it is not edited, only its name and postcodes. */
export const modifierCommune = creerAction(["admin"], communeSaisie, async ({ db, session }, d) => {
  await enregistrerCommune(db, acteurDe(session), d, "existante");
  revalidatePath("/admin", "layout");
  redirect(`/admin/territoire?modifiee=${d.codeInsee}`);
});
