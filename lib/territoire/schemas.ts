// Inputs of the territory admin (communes by INSEE code and postcodes), shared by forms and actions.
import { z } from "zod";

import { texte } from "@/lib/commun/champs-formulaire";

/** INSEE (COG) code: 5 characters, Corsica 2A/2B. */
export const codeInsee = z
  .string({ error: "Code INSEE requis" })
  .trim()
  .max(5, "Code INSEE : 5 caractères (par exemple 38185, 2A004)")
  .toUpperCase()
  .regex(/^(\d{2}|2A|2B)\d{3}$/, "Code INSEE : 5 caractères (par exemple 38185, 2A004)");

const codePostal = z
  .string()
  .trim()
  .max(5, "Code postal : 5 chiffres")
  .regex(/^\d{5}$/, "Code postal : 5 chiffres");

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
