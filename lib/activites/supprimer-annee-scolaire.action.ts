"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { supprimerAnneeScolaire as supprimer } from "./annees-scolaires.mutation";

export const supprimerAnneeScolaire = creerAction(
  ["admin"],
  z.object({ id: uuid("Année scolaire") }),
  async ({ db, session }, d) => {
    const libelle = await supprimer(db, acteurDe(session), d.id);
    revalidatePath("/admin", "layout");
    redirect(`/admin/annees?supprimee=${libelle}`);
  },
);
