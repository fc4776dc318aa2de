import { z } from "zod";

export const NIVEAUX = ["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"] as const;

export const LIBELLES_NIVEAU: Record<(typeof NIVEAUX)[number], string> = {
  PS: "Petite section",
  MS: "Moyenne section",
  GS: "Grande section",
  CP: "CP",
  CE1: "CE1",
  CE2: "CE2",
  CM1: "CM1",
  CM2: "CM2",
};

export const enfant = z.object({
  prenom: z.string().trim().min(1, "Indiquez le prénom de l'enfant.").max(120),
  nom: z.string().trim().min(1, "Indiquez le nom de l'enfant.").max(120),
  dateNaissance: z
    .string({ error: "Indiquez la date de naissance." })
    .max(10, "Date invalide (format attendu : JJ/MM/AAAA).")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Date invalide (format attendu : JJ/MM/AAAA).")
    .refine((d) => {
      const age = (Date.now() - new Date(`${d}T00:00:00Z`).getTime()) / (365.25 * 86_400_000);
      return age >= 2 && age <= 18;
    }, "L'enfant doit avoir entre 2 et 18 ans."),
  ecoleId: z.uuid({ error: "Choisissez l'école de l'enfant." }),
  niveau: z.enum(NIVEAUX, { error: "Choisissez la classe de l'enfant." }),
  pai: z
    .literal("oui")
    .optional()
    .transform((v) => v === "oui"),
});

export const idEnfant = z.object({ enfantId: z.uuid() });
