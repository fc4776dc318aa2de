"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { imposerReinitialisation } from "./personnel.mutation";
import { idCompte } from "./schemas";

export const imposerReinitialisationAction = creerAction(["admin"], idCompte, async ({ db, session }, { compteId }) => {
  await imposerReinitialisation(db, acteurDe(session), compteId, {
    urlPortail: env().PORTAIL_URL,
    maintenant: new Date(),
  });
  revalidatePath(CHEMINS_ADMIN.comptes);
  redirect(`${CHEMINS_ADMIN.compte(compteId)}?reinitialise=1`);
});
