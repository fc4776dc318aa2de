"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { supprimerEcole as supprimer } from "./ecoles.mutation";

export const supprimerEcole = creerAction(["admin"], z.object({ id: uuid("École") }), async ({ db, session }, d) => {
  await supprimer(db, acteurDe(session), d.id);
  revalidatePath("/admin", "layout");
  redirect("/admin/ecoles?supprimee=1");
});
