// Inputs of the territory admin (communes, fiscal-year policy, taxation calendar), shared by forms and actions.
import { z } from "zod";
import { dateCalendaire, entier, texte } from "@/lib/commun/champs-formulaire";

/** INSEE (COG) code: 5 characters, Corsica 2A/2B. */
export const codeInsee = z.string({ error: "Code INSEE requis" }).trim().toUpperCase().regex(/^(\d{2}|2A|2B)\d{3}$/, "Code INSEE : 5 caractères (par exemple 38185, 2A004)");

const codePostal = z.string().trim().regex(/^\d{5}$/, "Code postal : 5 chiffres");

/** Postcodes from a form ("00110, 00111" or several fields) or from code (array). */
const codesPostaux = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\s,;]+/).filter(Boolean) : v),
  z
    .array(codePostal, { error: "Au moins un code postal" })
    .min(1, "Au moins un code postal")
    .max(30, "30 codes postaux au plus")
    .transform((l) => [...new Set(l)].sort()),
);

export const communeSaisie = z.object({
  codeInsee,
  nom: texte("Nom de la commune", 100),
  codesPostaux,
});
export type CommuneSaisie = z.output<typeof communeSaisie>;

export const POLITIQUES_ANNEE_FISCALE = ["n_moins_1", "n_moins_2", "n_moins_3", "n_moins_1_sinon_n_moins_2"] as const;
export const LIBELLES_POLITIQUE: Record<(typeof POLITIQUES_ANNEE_FISCALE)[number], string> = {
  n_moins_1: "Revenus de l'année N-1",
  n_moins_2: "Revenus de l'année N-2",
  n_moins_3: "Revenus de l'année N-3",
  n_moins_1_sinon_n_moins_2: "Revenus N-1, ou N-2 tant que N-1 n'est pas disponible",
};

export const collectiviteSaisie = z.object({
  nom: texte("Nom de la collectivité", 150),
  politiqueAnneeFiscale: z.enum(POLITIQUES_ANNEE_FISCALE, { error: "Politique d'année fiscale inconnue" }),
});
export type CollectiviteSaisie = z.output<typeof collectiviteSaisie>;

export const dateTaxationSaisie = z.object({
  ressource: z.enum(["ir_assiettes", "ir_factures"], { error: "Ressource DGFiP inconnue" }).default("ir_assiettes"),
  anneeRevenus: entier("Année de revenus", 2000, 2100),
  dateTaxation: dateCalendaire("Date de taxation"),
}).refine((s) => s.dateTaxation.getUTCFullYear() > s.anneeRevenus, {
  path: ["dateTaxation"],
  message: "La taxation des revenus d'une année a lieu l'année suivante ou plus tard",
});
export type DateTaxationSaisie = z.output<typeof dateTaxationSaisie>;
