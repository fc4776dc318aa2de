"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { creerEcole as creer } from "./ecoles.mutation";
import { ecoleSaisie } from "./schemas";

export const creerEcole = creerAction(["admin"], ecoleSaisie, async ({ db, session }, d) => {
  await creer(db, acteurDe(session), d);
  revalidatePath("/admin", "layout");
  redirect("/admin/ecoles?ajoutee=1");
});
