import { z } from "zod";

/** Longest password accepted: far beyond any passphrase, short enough for the hash to stay cheap. */
const MOT_DE_PASSE_MAX = 256;
const TROP_LONG = `${MOT_DE_PASSE_MAX} caractères au plus.`;

const email = z
  .string({ error: "Indiquez votre adresse électronique." })
  .trim()
  .toLowerCase()
  .min(1, "Indiquez votre adresse électronique.")
  .max(254, "Adresse électronique trop longue (254 caractères au plus).")
  .pipe(z.email({ error: "Adresse électronique invalide (exemple : nom@domaine.fr)." }));

export const connexionLocale = z.object({
  email,
  motDePasse: z
    .string({ error: "Indiquez votre mot de passe." })
    .min(1, "Indiquez votre mot de passe.")
    .max(MOT_DE_PASSE_MAX),
  retour: z.string().max(2000).optional(),
});

export const creationCompte = z
  .object({
    prenoms: z.string().trim().min(1, "Indiquez votre prénom.").max(120, "120 caractères au plus."),
    nom: z.string().trim().min(1, "Indiquez votre nom.").max(120, "120 caractères au plus."),
    email,
    motDePasse: z.string().min(1, "Choisissez un mot de passe.").max(MOT_DE_PASSE_MAX, TROP_LONG),
    confirmation: z.string().min(1, "Confirmez le mot de passe.").max(MOT_DE_PASSE_MAX, TROP_LONG),
  })
  .refine((d) => d.motDePasse === d.confirmation, {
    message: "Les deux mots de passe ne sont pas identiques.",
    path: ["confirmation"],
  });

export const demandeReinitialisation = z.object({ email });

export const reinitialisation = z
  .object({
    jeton: z.string().min(20).max(100),
    motDePasse: z.string().min(1, "Choisissez un mot de passe.").max(MOT_DE_PASSE_MAX, TROP_LONG),
    confirmation: z.string().min(1, "Confirmez le mot de passe.").max(MOT_DE_PASSE_MAX, TROP_LONG),
  })
  .refine((d) => d.motDePasse === d.confirmation, {
    message: "Les deux mots de passe ne sont pas identiques.",
    path: ["confirmation"],
  });

const identifiantCompte = z.uuid({ error: "Compte introuvable." });

/** Invitation d'un agent ou d'un administrateur (page « Comptes et rôles »). */
export const invitationPersonnel = z.object({
  email,
  role: z.enum(["agent", "admin"], { error: "Choisissez le rôle : agent ou administrateur." }),
  prenoms: z.string().trim().min(1, "Indiquez le prénom.").max(120, "120 caractères au plus."),
  nom: z.string().trim().min(1, "Indiquez le nom.").max(120, "120 caractères au plus."),
});

export const idCompte = z.object({ compteId: identifiantCompte });

/** Une case cochée une fois arrive en texte, plusieurs fois en liste, aucune : absente. */
const liste = (element: z.ZodType<string>) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(element).max(500));

export const perimetreSaisie = z.object({
  compteId: identifiantCompte,
  restreint: z.enum(["tout", "restreint"], { error: "Choisissez : tous les dossiers, ou seulement…" }),
  communes: liste(z.string().max(5, "Code INSEE invalide.")),
  ecoles: liste(z.uuid({ error: "École invalide." })),
});

/** Step 2 of a staff sign-in, and enrolment: a 6-digit code from the app, or (step 2) a recovery code. */
export const codeSecondFacteur = z.object({
  code: z
    .string({ error: "Saisissez le code." })
    .trim()
    .min(1, "Saisissez le code à 6 chiffres de votre application, ou un code de secours.")
    .max(40, "40 caractères au plus."),
  retour: z.string().max(2000).optional(),
});

export const reinitialisationSecondFacteur = z.object({ compteId: z.uuid({ error: "Compte inconnu." }) });
