"use server";

import { acteurDe } from "@/lib/audit/journal.mutation";
import { creerAction } from "@/lib/server/action";
import { reinitialisationSecondFacteur } from "./schemas";
import { reinitialiserSecondFacteur } from "./second-facteur.mutation";

/** An admin resets an agent's or admin's second factor (audited; the account's sessions end). */
export const reinitialiserSecondFacteurAction = creerAction(
  ["admin"],
  reinitialisationSecondFacteur,
  async ({ db, session }, d) => {
    await reinitialiserSecondFacteur(db, acteurDe(session), d.compteId, new Date());
    return {
      statut: "succes",
      message:
        "Second facteur réinitialisé : ses sessions sont fermées ; à sa prochaine connexion, la personne enregistrera de nouveau son application.",
    };
  },
);
