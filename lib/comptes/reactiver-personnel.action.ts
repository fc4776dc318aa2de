"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { reactiverPersonnel } from "./personnel.mutation";
import { idCompte } from "./schemas";

export const reactiverPersonnelAction = creerAction(["admin"], idCompte, async ({ db, session }, { compteId }) => {
  await reactiverPersonnel(db, acteurDe(session), compteId, new Date());
  revalidatePath(CHEMINS_ADMIN.comptes);
  redirect(`${CHEMINS_ADMIN.compte(compteId)}?reactive=1`);
});
