// Inputs of the collectivité settings: name, fiscal-year policy of the habilitation, taxation calendar.
import { z } from "zod";

import { dateCalendaire, entier, texte } from "@/lib/commun/champs-formulaire";
import { estScopeDonneeDgfip } from "@/lib/fiscal/domain/scopes-franceconnect";
import {
  cheminLogoValide,
  CONTRASTE_MINIMAL,
  contrasteMinimal,
  couleurLisible,
  siretValide,
} from "./domain/identite-collectivite";
import { ARTICLES, LIBELLES_ARTICLE } from "./domain/nom";

export const POLITIQUES_ANNEE_FISCALE = ["n_moins_1", "n_moins_2", "n_moins_3", "n_moins_1_sinon_n_moins_2"] as const;
export const LIBELLES_POLITIQUE: Record<(typeof POLITIQUES_ANNEE_FISCALE)[number], string> = {
  n_moins_1: "Revenus de l'année N-1",
  n_moins_2: "Revenus de l'année N-2",
  n_moins_3: "Revenus de l'année N-3",
  n_moins_1_sinon_n_moins_2: "Revenus N-1, ou N-2 tant que N-1 n'est pas disponible",
};

/** The DGFiP data scopes of the habilitation, one per line or separated by spaces; empty: the default list. */
const scopesFranceConnect = z
  .preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z
      .string()
      .max(2000, "Scopes FranceConnect : 2000 caractères au plus")
      .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))]),
  )
  .refine((l) => l.every(estScopeDonneeDgfip), {
    message:
      "Scopes FranceConnect : des noms dgfip_… de l'habilitation, sans le scope d'année (il suit la politique ci-dessus)",
  });

export const TRAITEMENTS_HORS_TERRITOIRE = ["examen_agent", "tarif_non_resident"] as const;
export const LIBELLES_HORS_TERRITOIRE: Record<(typeof TRAITEMENTS_HORS_TERRITOIRE)[number], string> = {
  examen_agent: "Un agent examine la demande (justificatif de domicile, cas particuliers)",
  tarif_non_resident: "Le tarif non-résident s'applique automatiquement",
};

/** An optional text field of the form: absent = unchanged (undefined), empty = removed (null). */
const facultatif = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), schema.nullable().optional());

const siret = facultatif(
  z
    .string()
    .max(20, "SIRET : 14 chiffres")
    .transform((v) => v.replace(/\s/g, ""))
    .refine(siretValide, "SIRET : 14 chiffres dont le dernier est une clé de contrôle ; vérifiez la saisie"),
);

const logoChemin = facultatif(
  z
    .string()
    .trim()
    .max(300, "Logo : 300 caractères au plus")
    .refine(
      cheminLogoValide,
      "Logo : le chemin d'une image de ce site, commençant par « / » et finissant par .png, .jpg, .svg ou .webp (par exemple /logos/commune.png)",
    ),
);

const couleurPrimaire = facultatif(
  z
    .string()
    .trim()
    .max(7, "Couleur : au format #RRVVBB")
    .regex(/^#[0-9a-fA-F]{6}$/, "Couleur : au format #RRVVBB, par exemple #1e3a8a")
    .transform((v) => v.toLowerCase())
    .superRefine((v, ctx) => {
      if (couleurLisible(v)) return;
      const virgule = (n: number) => String(n).replace(".", ",");
      ctx.addIssue({
        code: "custom",
        message: `Couleur : contraste de ${virgule(contrasteMinimal(v))}:1 seulement sur les fonds clairs du portail ; il faut au moins ${virgule(CONTRASTE_MINIMAL)}:1 pour que les textes restent lisibles. Choisissez une couleur plus foncée.`,
      });
    }),
);

/** The article as a form sends it: « aucun » stands for no article (an empty option would read as "not chosen"). */
export const OPTIONS_ARTICLE = ARTICLES.map((a) => ({ valeur: a || "aucun", libelle: LIBELLES_ARTICLE[a] }));

export const collectiviteSaisie = z.object({
  nom: texte("Nom de la collectivité", 150),
  article: z
    .enum(["la", "le", "l'", "les", "aucun", ""], { error: "Article du nom : choisissez-en un dans la liste" })
    .default("la")
    .transform((a) => (a === "aucun" ? "" : a)),
  siret,
  logoChemin,
  couleurPrimaire,
  politiqueAnneeFiscale: z.enum(POLITIQUES_ANNEE_FISCALE, { error: "Politique d'année fiscale inconnue" }),
  scopesFranceConnect: scopesFranceConnect.default([]),
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
  // Run even when a field failed: then the date may not be a Date (an empty field), and only its own error counts.
  .refine((s) => !(s.dateTaxation instanceof Date) || s.dateTaxation.getUTCFullYear() > s.anneeRevenus, {
    path: ["dateTaxation"],
    message: "La taxation des revenus d'une année a lieu l'année suivante ou plus tard",
  });
