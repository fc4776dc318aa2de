"use server";

import { revalidatePath } from "next/cache";

import { serviceInstantaneFiscal } from "@/lib/fiscal/application";
import { creerAction } from "@/lib/server/action";
import { acteurDe, cheminDossier } from "./acteur";
import { exigerDossierDansPerimetre } from "./perimetre.query";
import { relancerAppelDgfip } from "./relance-api.mutation";
import { relanceApi } from "./schemas";

export const relancerApiAction = creerAction(["agent", "admin"], relanceApi, async ({ db, session }, q) => {
  // Before the DGFiP client is even built: outside the agent's perimeter, the dossier does not exist.
  await exigerDossierDansPerimetre(db, session.compte.id, q.dossierId);
  const bilan = await relancerAppelDgfip(db, await serviceInstantaneFiscal(), acteurDe(session), q);
  revalidatePath(cheminDossier(q.dossierId));
  // The call was made and recorded either way; an upstream failure is reported as such, next to the button.
  return { statut: bilan.obtenu ? "succes" : "erreur", message: bilan.message };
});
