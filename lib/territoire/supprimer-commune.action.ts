"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { supprimerCommune as supprimer } from "./communes.mutation";
import { codeInsee } from "./schemas";

export const supprimerCommune = creerAction(["admin"], z.object({ codeInsee }), async ({ db, session }, d) => {
  await supprimer(db, acteurDe(session), d.codeInsee);
  revalidatePath("/admin", "layout");
  redirect(`/admin/territoire?supprimee=${d.codeInsee}`);
});
