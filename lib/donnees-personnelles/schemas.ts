import { z } from "zod";

import { MOT_DE_CONFIRMATION } from "./domain/fermeture";

export const confirmationFermeture = z.object({
  confirmation: z
    .string({ error: `Tapez ${MOT_DE_CONFIRMATION} pour confirmer.` })
    .trim()
    .max(50, `Tapez ${MOT_DE_CONFIRMATION} pour confirmer : votre compte n'a pas été fermé.`)
    .refine(
      (v) => v.toUpperCase() === MOT_DE_CONFIRMATION,
      `Tapez ${MOT_DE_CONFIRMATION} pour confirmer : votre compte n'a pas été fermé.`,
    ),
});
