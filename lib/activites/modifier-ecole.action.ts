"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { modifierEcole as modifier } from "./ecoles.mutation";
import { ecoleSaisie } from "./schemas";

export const modifierEcole = creerAction(
  ["admin"],
  ecoleSaisie.extend({ id: uuid("École") }),
  async ({ db, session }, { id, ...d }) => {
    await modifier(db, acteurDe(session), id, d);
    revalidatePath("/admin", "layout");
    redirect("/admin/ecoles?modifiee=1");
  },
);
