"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { adresseSource } from "@/lib/server/requete";
import { inviterPersonnel } from "./personnel.mutation";
import { invitationPersonnel } from "./schemas";

export const inviterPersonnelAction = creerAction(["admin"], invitationPersonnel, async ({ db, session }, d) => {
  const id = await inviterPersonnel(db, acteurDe(session), d, {
    urlPortail: env().PORTAIL_URL,
    source: await adresseSource(),
    maintenant: new Date(),
  });
  revalidatePath(CHEMINS_ADMIN.comptes);
  redirect(`${CHEMINS_ADMIN.compte(id)}?invite=1`);
});
