"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { idDeMonFoyer } from "@/lib/foyers/foyer.query";
import { creerAction } from "@/lib/server/action";
import { retirerConsentements } from "./consentement.mutation";

export const retirerMonConsentement = creerAction(
  ["citoyen"],
  z.object({ confirmation: z.literal("oui", { error: "Cochez la case pour confirmer." }) }),
  async ({ db, session }) => {
    const foyerId = await idDeMonFoyer(db, session.compte.id);
    if (!foyerId) return { statut: "succes", message: "Aucune donnée fiscale n'est détenue." };
    const r = await retirerConsentements(db, foyerId, session.compte.id, new Date());
    revalidatePath("/espace/donnees-fiscales");
    return {
      statut: "succes",
      message: `Votre accord est retiré. ${r.purges > 0 ? `${r.purges} jeu${r.purges > 1 ? "x" : ""} de données fiscales effacé${r.purges > 1 ? "s" : ""}.` : "Aucune donnée fiscale n'était détenue."} Vos tarifs déjà fixés gardent leur explication.`,
    };
  },
);
