"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { brouillonDepuisPubliee } from "./grilles.mutation";

/** A published version is never edited: changing prices starts a draft from it (or reopens the existing draft). */
export const nouveauBrouillon = creerAction(
  ["admin"],
  z.object({ grilleId: uuid("Grille") }),
  async ({ db, session }, d) => {
    const v = await brouillonDepuisPubliee(db, acteurDe(session), d.grilleId);
    revalidatePath(CHEMINS_ADMIN.grille(d.grilleId), "layout");
    redirect(CHEMINS_ADMIN.version(d.grilleId, v.id));
  },
);
