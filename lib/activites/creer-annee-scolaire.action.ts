"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { creerAnneeScolaire as creer } from "./annees-scolaires.mutation";
import { anneeScolaireSaisie } from "./schemas";

export const creerAnneeScolaire = creerAction(["admin"], anneeScolaireSaisie, async ({ db, session }, d) => {
  await creer(db, acteurDe(session), d);
  revalidatePath("/admin", "layout");
  redirect(`/admin/annees?ajoutee=${d.libelle}`);
});
