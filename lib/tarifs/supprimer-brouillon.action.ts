"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { caseACocher, uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { supprimerBrouillon as supprimer } from "./grilles.mutation";

const schema = z.object({
  grilleId: uuid("Grille"),
  versionId: uuid("Version"),
  confirmation: caseACocher.refine((v) => v, "Cochez la case pour confirmer la suppression"),
});

export const supprimerBrouillon = creerAction(["admin"], schema, async ({ db, session }, d) => {
  await supprimer(db, acteurDe(session), d.versionId);
  revalidatePath(CHEMINS_ADMIN.grille(d.grilleId), "layout");
  redirect(`${CHEMINS_ADMIN.grille(d.grilleId)}?brouillonSupprime=1`);
});
