"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { caseACocher, uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { archiverActivite as archiver } from "./activites.mutation";

/** Archiving cannot be undone from the admin area: the form asks for an explicit confirmation. */
const schema = z.object({
  id: uuid("Activité"),
  confirmation: caseACocher.refine((v) => v, "Cochez la case pour confirmer l'archivage"),
});

export const archiverActivite = creerAction(["admin"], schema, async ({ db, session }, d) => {
  await archiver(db, acteurDe(session), d.id);
  revalidatePath("/admin", "layout");
  redirect("/admin/activites?archivee=1");
});
