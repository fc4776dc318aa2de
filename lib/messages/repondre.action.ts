"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";

const schema = z.object({
  dossierId: z.uuid(),
  corps: z.string().trim().min(1, "Écrivez votre message.").max(4000, "4 000 caractères au plus."),
});

/** The family answers the agent on its own dossier. */
export const repondreAuDossier = creerAction(["citoyen"], schema, async ({ db, session }, d) => {
  const dossier = await db.dossier.findFirst({
    where: { id: d.dossierId, foyer: foyerDuCompte(session.compte.id) },
    select: { id: true, foyerId: true, demandeId: true, statut: true, agentId: true },
  });
  if (!dossier) throw new ErreurMetier("dossier_introuvable", "Ce dossier est introuvable.");
  await db.message.create({
    data: {
      foyerId: dossier.foyerId,
      dossierId: dossier.id,
      auteurId: session.compte.id,
      deLAgent: false,
      corps: d.corps,
    },
  });
  // The family answered: the dossier is back in the agents' hands.
  if (dossier.statut === "attente_famille")
    await db.dossier.updateMany({
      where: { id: dossier.id, statut: "attente_famille" },
      data: { statut: dossier.agentId ? "en_cours" : "a_traiter" },
    });
  await db.journalAudit.create({
    data: {
      acteurId: session.compte.id,
      acteurRole: "citoyen",
      action: "message.famille",
      cibleType: "dossier",
      cibleId: dossier.id,
    },
  });
  if (dossier.demandeId) revalidatePath(`/espace/demandes/${dossier.demandeId}`);
  return { statut: "succes", message: "Votre message est envoyé à l'agent." };
});
