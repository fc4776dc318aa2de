"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { definirPerimetre } from "./personnel.mutation";
import { perimetreSaisie } from "./schemas";

export const definirPerimetreAction = creerAction(["admin"], perimetreSaisie, async ({ db, session }, d) => {
  await definirPerimetre(
    db,
    acteurDe(session),
    d.compteId,
    { restreint: d.restreint === "restreint", communes: d.communes, ecoles: d.ecoles },
    new Date(),
  );
  revalidatePath(CHEMINS_ADMIN.comptes);
  redirect(`${CHEMINS_ADMIN.compte(d.compteId)}?perimetre=1`);
});
