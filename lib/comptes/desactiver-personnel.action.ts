"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { desactiverPersonnel } from "./personnel.mutation";
import { idCompte } from "./schemas";

export const desactiverPersonnelAction = creerAction(["admin"], idCompte, async ({ db, session }, { compteId }) => {
  await desactiverPersonnel(db, acteurDe(session), compteId, new Date());
  revalidatePath(CHEMINS_ADMIN.comptes);
  redirect(`${CHEMINS_ADMIN.compte(compteId)}?desactive=1`);
});
