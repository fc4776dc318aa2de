"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { supprimerDateTaxation as supprimer } from "./calendrier-taxation.mutation";

export const supprimerDateTaxation = creerAction(
  ["admin"],
  z.object({ id: uuid("Date de taxation") }),
  async ({ db, session }, d) => {
    await supprimer(db, acteurDe(session), d.id);
    revalidatePath("/admin", "layout");
    redirect("/admin/fiscalite?supprimee=1");
  },
);
