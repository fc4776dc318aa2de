// Inputs of the tariff-grid admin, shared by forms and actions. The grid definition itself is validated by the
// engine's schema (domain/definition.schema.ts), which returns problems with field paths for the editor.
import { z } from "zod";

import { caseACocher, entier, eurosEnCentimesOptionnel, texte, uuid } from "@/lib/commun/champs-formulaire";

export const grilleCreation = z.object({
  activiteId: uuid("Activité"),
  nom: texte("Nom de la grille", 150),
  definition: z.unknown(),
});

export const brouillonSaisie = z.object({
  grilleId: uuid("Grille"),
  definition: z.unknown(),
});

/** The preview calculator form: a quotient in euros (empty = no data) and the family's situation. */
export const apercuSaisie = z.object({
  quotient: eurosEnCentimesOptionnel("Quotient familial"),
  residence: z.enum(["resident", "non_resident", "a_verifier"], { error: "Résidence inconnue" }).default("resident"),
  allocataireCaf: caseACocher,
  rangFratrie: entier("Rang dans la fratrie", 1, 20).default(1),
  pai: caseACocher,
  frequence: z.enum(["reguliere", "occasionnelle"], { error: "Fréquence inconnue" }).default("reguliere"),
});
