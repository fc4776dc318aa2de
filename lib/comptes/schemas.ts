import { z } from "zod";

const email = z
  .string({ error: "Indiquez votre adresse électronique." })
  .trim()
  .toLowerCase()
  .min(1, "Indiquez votre adresse électronique.")
  .pipe(z.email({ error: "Adresse électronique invalide (exemple : nom@domaine.fr)." }));

export const connexionLocale = z.object({
  email,
  motDePasse: z.string({ error: "Indiquez votre mot de passe." }).min(1, "Indiquez votre mot de passe."),
  retour: z.string().optional(),
});

export const creationCompte = z
  .object({
    prenoms: z.string().trim().min(1, "Indiquez votre prénom."),
    nom: z.string().trim().min(1, "Indiquez votre nom."),
    email,
    motDePasse: z.string().min(1, "Choisissez un mot de passe."),
    confirmation: z.string().min(1, "Confirmez le mot de passe."),
  })
  .refine((d) => d.motDePasse === d.confirmation, {
    message: "Les deux mots de passe ne sont pas identiques.",
    path: ["confirmation"],
  });

export const demandeReinitialisation = z.object({ email });

export const reinitialisation = z
  .object({
    jeton: z.string().min(20),
    motDePasse: z.string().min(1, "Choisissez un mot de passe."),
    confirmation: z.string().min(1, "Confirmez le mot de passe."),
  })
  .refine((d) => d.motDePasse === d.confirmation, {
    message: "Les deux mots de passe ne sont pas identiques.",
    path: ["confirmation"],
  });
