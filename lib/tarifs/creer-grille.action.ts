"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { lireActivite } from "@/lib/activites/activites.query";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { texte, uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { definitionInitiale } from "./editeur/definition-initiale";
import { MODES } from "./editeur/modele";
import { creerGrille as creer } from "./grilles.mutation";

const schema = z.object({
  activiteId: uuid("Activité"),
  nom: texte("Nom de la grille", 150),
  mode: z.enum(MODES, { error: "Choisissez un mode de calcul" }),
});

/** Creates the activity's grid with a first draft in the chosen mode and unit, then opens the editor on it. */
export const creerGrille = creerAction(["admin"], schema, async ({ db, session }, d) => {
  const a = await lireActivite(db, d.activiteId);
  if (!a) throw new ErreurMetier("activite_introuvable", "Cette activité n'existe plus");
  const { grilleId, version } = await creer(db, acteurDe(session), {
    activiteId: d.activiteId,
    nom: d.nom,
    definition: definitionInitiale(d.mode, a.uniteVente),
  });
  revalidatePath("/admin", "layout");
  redirect(`${CHEMINS_ADMIN.version(grilleId, version.id)}?creee=1`);
});
