"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { appliquerCommande } from "./editeur/commandes";
import { champDuChemin, codesDesColonnes, depuisDefinition, versDefinition } from "./editeur/conversion";
import { aplatir, depuisValeurs } from "./editeur/modele";
import { enregistrerBrouillon } from "./grilles.mutation";

// The editor's fields are read by depuisValeurs (any other key is ignored), hence the loose object.
const schema = z.looseObject({
  grilleId: uuid("Grille"),
  versionId: uuid("Version"),
  commande: z.string().max(40).default("enregistrer"),
});

/** Every button of the draft editor: "enregistrer" validates and saves, the others reshape the form. */
export const editerBrouillon = creerAction(["admin"], schema, async ({ db, session }, d) => {
  const grille = depuisValeurs(d);
  if (d.commande !== "enregistrer") {
    const r = appliquerCommande(grille, d.commande);
    return { statut: r.ok ? "succes" : "erreur", message: r.message, valeurs: aplatir(r.ok ? r.grille : grille) };
  }
  const conversion = versDefinition(grille);
  if (!conversion.ok) {
    const n = conversion.problemes.length;
    const problemes = conversion.problemes.map((p) => ({ chemin: [p.champ], message: p.message }));
    throw new ErreurMetier(
      "definition_invalide",
      `Le brouillon n'est pas enregistré : ${n === 1 ? "une erreur est à corriger" : `${n} erreurs sont à corriger`}.`,
      undefined,
      problemes,
    );
  }
  let version: { id: string; numero: number };
  try {
    version = await enregistrerBrouillon(db, acteurDe(session), {
      grilleId: d.grilleId,
      definition: conversion.definition,
    });
  } catch (e) {
    // The data layer speaks in definition paths; the form in field names.
    if (e instanceof ErreurMetier && e.problemes.length) {
      throw new ErreurMetier(
        e.code,
        e.message,
        undefined,
        e.problemes.map((p) => ({ chemin: [champDuChemin(p.chemin, codesDesColonnes(grille))], message: p.message })),
      );
    }
    throw e;
  }
  revalidatePath(CHEMINS_ADMIN.grille(d.grilleId), "layout");
  // Someone published or deleted this draft meanwhile: the save went to a new draft, which has its own page.
  if (version.id !== d.versionId) redirect(`${CHEMINS_ADMIN.version(d.grilleId, version.id)}?enregistree=1`);
  return {
    statut: "succes",
    message: `Brouillon n° ${version.numero} enregistré.`,
    valeurs: aplatir(depuisDefinition(conversion.definition)),
  };
});
