import { z } from "zod";

const optionnel = (s: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .max(254, "254 caractères au plus.")
    .transform((v) => (v === "" ? null : v))
    .pipe(s.nullable());

const codePostal = z
  .string()
  .trim()
  .max(5, "Le code postal compte 5 chiffres (exemple : 00100).")
  .regex(/^\d{5}$/, "Le code postal compte 5 chiffres (exemple : 00100).");

const telephone = optionnel(
  z
    .string()
    .regex(
      /^(?:(?:\+|00)33[\s.-]?|0)[1-9](?:[\s.-]?\d{2}){4}$/,
      "Numéro de téléphone invalide (exemple : 06 12 34 56 78).",
    ),
);

export const coordonnees = z.object({
  adresse1: z.string().trim().min(1, "Indiquez le numéro et la voie.").max(200),
  adresse2: optionnel(z.string().max(200)),
  codePostal,
  commune: z.string().trim().min(1, "Indiquez la commune.").max(120),
  telephone,
  emailContact: optionnel(z.email({ error: "Adresse électronique invalide (exemple : nom@domaine.fr)." })),
});

const dateNaissanceAdulte = z
  .string()
  .max(10, "Date invalide (format attendu : JJ/MM/AAAA).")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Date invalide (format attendu : JJ/MM/AAAA).")
  .refine((d) => {
    const age = (Date.now() - new Date(`${d}T00:00:00Z`).getTime()) / (365.25 * 86_400_000);
    return age >= 16 && age <= 110;
  }, "Vérifiez la date de naissance.");

export const secondResponsable = z.object({
  prenoms: z.string().trim().min(1, "Indiquez le prénom.").max(120),
  nom: z.string().trim().min(1, "Indiquez le nom.").max(120),
  dateNaissance: dateNaissanceAdulte,
  email: optionnel(z.email({ error: "Adresse électronique invalide (exemple : nom@domaine.fr)." })),
  telephone,
  foyerFiscalDistinct: z
    .enum(["oui", "non"], { error: "Indiquez si ce parent déclare ses revenus séparément." })
    .transform((v) => v === "oui"),
});
