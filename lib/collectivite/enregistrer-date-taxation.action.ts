"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { enregistrerDateTaxation as enregistrer } from "./calendrier-taxation.mutation";
import { dateTaxationSaisie } from "./schemas";

/** One date per resource and income year: saving a year already there replaces its date. */
export const enregistrerDateTaxation = creerAction(["admin"], dateTaxationSaisie, async ({ db, session }, d) => {
  await enregistrer(db, acteurDe(session), d);
  revalidatePath("/admin", "layout");
  redirect(`/admin/fiscalite?date=${d.anneeRevenus}`);
});
