// Réponses d'API Particulier v3 (quotient familial), lues avec zod d'après le contrat
// (`contrat/api-particulier-v3.openapi.yaml`) : la forme entière est vérifiée, seul ce qui sert est gardé
// (fournisseur, valeur, mois de référence et de calcul ; allocataires pour l'appariement). Enfants et adresse sont
// contrôlés mais jetés : ce qui n'est pas utilisé n'est pas conservé.
import { z } from "zod";

const annee = z.number().int().min(1900).max(2200);
const mois = z.number().int().min(1).max(12);

// Des bornes larges, pour qu'une réponse démesurée soit refusée plutôt que gardée.
const nom = z.string().max(200);

const allocataire = z.object({
  nom_naissance: nom,
  nom_usage: nom.nullable().optional(),
  prenoms: nom,
  date_naissance: z.string().max(10),
  sexe: z.enum(["F", "M"]),
});

const quotientFamilial = z.object({
  fournisseur: z.enum(["CNAF", "MSA"]),
  valeur: z.number().int().min(0),
  annee,
  mois,
  annee_calcul: annee,
  mois_calcul: mois,
});

export const reponseQuotientFamilial = z
  .object({
    data: z.object({
      allocataires: z.array(allocataire).min(1),
      enfants: z.array(z.object({}).loose()),
      adresse: z.object({}).loose(),
      quotient_familial: quotientFamilial,
    }),
    links: z.object({}).loose(),
    meta: z.object({}).loose(),
  })
  .transform(({ data }) => ({
    fournisseur: data.quotient_familial.fournisseur,
    valeur: data.quotient_familial.valeur,
    /** Le mois auquel le quotient s'applique. */
    annee: data.quotient_familial.annee,
    mois: data.quotient_familial.mois,
    /** Quand la caisse l'a calculé (peut précéder le mois de référence). */
    anneeCalcul: data.quotient_familial.annee_calcul,
    moisCalcul: data.quotient_familial.mois_calcul,
    allocataires: data.allocataires.map((a) => ({
      nomNaissance: a.nom_naissance,
      nomUsage: a.nom_usage ?? null,
      prenoms: a.prenoms,
      dateNaissance: a.date_naissance,
      sexe: a.sexe,
    })),
  }));

export type QuotientFamilialCaf = z.output<typeof reponseQuotientFamilial>;

/** Corps d'erreur documenté (`components.schemas.Error`) : le premier code et son titre suffisent au classement. */
export const erreurApiParticulier = z.object({
  errors: z
    .array(z.object({ code: z.string().max(20), title: z.string().max(500), detail: z.string().max(2000) }).loose())
    .min(1),
});
