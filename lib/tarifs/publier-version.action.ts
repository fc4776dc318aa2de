"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { publierVersion as publier } from "./publier-version.mutation";

/** Second step of publishing, after the impact preview: the draft prices new enrolments from now on. */
export const publierVersion = creerAction(
  ["admin"],
  z.object({ grilleId: uuid("Grille"), versionId: uuid("Version") }),
  async ({ db, session }, d) => {
    await publier(db, acteurDe(session), d.versionId);
    revalidatePath("/admin", "layout");
    redirect(`${CHEMINS_ADMIN.version(d.grilleId, d.versionId)}?publiee=1`);
  },
);
