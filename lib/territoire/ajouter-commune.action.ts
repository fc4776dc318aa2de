"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { enregistrerCommune } from "./communes.mutation";
import { communeSaisie } from "./schemas";

export const ajouterCommune = creerAction(["admin"], communeSaisie, async ({ db, session }, d) => {
  await enregistrerCommune(db, acteurDe(session), d, "nouvelle");
  revalidatePath("/admin", "layout");
  redirect(`/admin/territoire?ajoutee=${d.codeInsee}`);
});
