"use server";

import { revalidatePath } from "next/cache";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { enregistrerDeclarationAccessibilite as enregistrer } from "./accessibilite.mutation";
import { declarationAccessibiliteSaisie } from "./accessibilite.schema";

export const enregistrerDeclarationAccessibilite = creerAction(
  ["admin"],
  declarationAccessibiliteSaisie,
  async ({ db, session }, d) => {
    await enregistrer(db, acteurDe(session), d);
    revalidatePath("/accessibilite");
    return { statut: "succes", message: "La déclaration d'accessibilité est enregistrée et publiée." };
  },
);
