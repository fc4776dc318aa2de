"use server";

import { revalidatePath } from "next/cache";

import { notifierFamille } from "@/lib/courriels/notifier-famille.mutation";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { acteurDe, cheminDossier } from "./acteur";
import { demanderNouvelleAutorisation } from "./echanges-famille.mutation";
import { nouvelleAutorisation } from "./schemas";

export const demanderAutorisationAction = creerAction(
  ["agent", "admin"],
  nouvelleAutorisation,
  async ({ db, session }, q) => {
    await demanderNouvelleAutorisation(db, acteurDe(session), q);
    await notifierFamille(db, q.dossierId, "autorisation", env().PORTAIL_URL);
    revalidatePath(cheminDossier(q.dossierId));
    return {
      statut: "succes",
      message:
        "La famille est invitée à autoriser de nouveau la récupération de ses données ; le dossier attend sa réponse.",
    };
  },
);
