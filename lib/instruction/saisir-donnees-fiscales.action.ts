"use server";

import { revalidatePath } from "next/cache";

import { creerAction } from "@/lib/server/action";
import { acteurDe, cheminDossier } from "./acteur";
import { saisirDonneesFiscales } from "./saisie-fiscale.mutation";
import { saisieFiscale } from "./schemas";

export const saisirDonneesFiscalesAction = creerAction(
  ["agent", "admin"],
  saisieFiscale(),
  async ({ db, session }, s) => {
    await saisirDonneesFiscales(db, acteurDe(session), s);
    revalidatePath(cheminDossier(s.dossierId));
    return {
      statut: "succes",
      message: `Données fiscales (revenus ${s.anneeRevenus}) enregistrées. Les prix seront recalculés à la validation.`,
    };
  },
);
