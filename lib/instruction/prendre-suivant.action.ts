"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { acteurDe, cheminDossier } from "./acteur";
import { lireFiltres } from "./domain/filtres-file";
import { prendreDossierSuivant } from "./prise-en-charge.mutation";

/** The queue's current filters travel as hidden fields; lireFiltres ignores anything it does not know. */
const filtres = z.record(z.string(), z.union([z.string(), z.array(z.string())]).optional()).transform(lireFiltres);

export const prendreSuivantAction = creerAction(["agent", "admin"], filtres, async ({ db, session }, f) => {
  const id = await prendreDossierSuivant(db, acteurDe(session), f);
  if (!id)
    throw new ErreurMetier(
      "file_vide",
      "Aucun dossier à traiter et libre ne correspond à ces critères pour le moment.",
    );
  revalidatePath("/agent");
  redirect(cheminDossier(id));
});
