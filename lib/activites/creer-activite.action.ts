"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { creerActivite as creer } from "./activites.mutation";
import { activiteCreation } from "./schemas";

export const creerActivite = creerAction(["admin"], activiteCreation, async ({ db, session }, d) => {
  const a = await creer(db, acteurDe(session), d);
  revalidatePath("/admin", "layout");
  redirect(`/admin/activites/${a.id}?creee=1`);
});
