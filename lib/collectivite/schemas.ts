// Inputs of the collectivité settings: name, fiscal-year policy of the habilitation, taxation calendar.
import { z } from "zod";

import { dateCalendaire, entier, texte } from "@/lib/commun/champs-formulaire";

export const POLITIQUES_ANNEE_FISCALE = ["n_moins_1", "n_moins_2", "n_moins_3", "n_moins_1_sinon_n_moins_2"] as const;
export const LIBELLES_POLITIQUE: Record<(typeof POLITIQUES_ANNEE_FISCALE)[number], string> = {
  n_moins_1: "Revenus de l'année N-1",
  n_moins_2: "Revenus de l'année N-2",
  n_moins_3: "Revenus de l'année N-3",
  n_moins_1_sinon_n_moins_2: "Revenus N-1, ou N-2 tant que N-1 n'est pas disponible",
};

export const TRAITEMENTS_HORS_TERRITOIRE = ["examen_agent", "tarif_non_resident"] as const;
export const LIBELLES_HORS_TERRITOIRE: Record<(typeof TRAITEMENTS_HORS_TERRITOIRE)[number], string> = {
  examen_agent: "Un agent examine la demande (justificatif de domicile, cas particuliers)",
  tarif_non_resident: "Le tarif non-résident s'applique automatiquement",
};

export const collectiviteSaisie = z.object({
  nom: texte("Nom de la collectivité", 150),
  politiqueAnneeFiscale: z.enum(POLITIQUES_ANNEE_FISCALE, { error: "Politique d'année fiscale inconnue" }),
  horsTerritoire: z
    .enum(TRAITEMENTS_HORS_TERRITOIRE, { error: "Traitement d'une adresse hors territoire inconnu" })
    .default("examen_agent"),
});

export const dateTaxationSaisie = z
  .object({
    ressource: z.enum(["ir_assiettes", "ir_factures"], { error: "Ressource DGFiP inconnue" }).default("ir_assiettes"),
    anneeRevenus: entier("Année de revenus", 2000, 2100),
    dateTaxation: dateCalendaire("Date de taxation"),
  })
  .refine((s) => s.dateTaxation.getUTCFullYear() > s.anneeRevenus, {
    path: ["dateTaxation"],
    message: "La taxation des revenus d'une année a lieu l'année suivante ou plus tard",
  });
