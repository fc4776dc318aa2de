// Inputs of the activities admin (school years, schools, activities), shared by forms and actions.
import { z } from "zod";

import {
  dateCalendaire,
  dateHeureParisOptionnelle,
  entier,
  texte,
  texteOptionnel,
  uuid,
} from "@/lib/commun/champs-formulaire";
import { UNITES_VENTE } from "@/lib/tarifs/domain/definition.schema";
import { codeInsee } from "@/lib/territoire/schemas";

export const anneeScolaireSaisie = z
  .object({
    libelle: z
      .string({ error: "Libellé requis" })
      .trim()
      .max(9, "Libellé au format 2026-2027")
      .regex(/^\d{4}-\d{4}$/, "Libellé au format 2026-2027"),
    debut: dateCalendaire("Rentrée"),
    fin: dateCalendaire("Fin des cours"),
  })
  .superRefine((s, ctx) => {
    // Zod still runs this refinement when a field failed (an empty date is then "", not a Date): compare only fields
    // that parsed, so that an empty "Rentrée" is a field error, not an exception.
    const debut = s.debut instanceof Date ? s.debut : null;
    const fin = s.fin instanceof Date ? s.fin : null;
    if (!/^\d{4}-\d{4}$/.test(s.libelle)) return;
    const [a, b] = s.libelle.split("-").map(Number) as [number, number];
    if (b !== a + 1)
      ctx.addIssue({
        code: "custom",
        path: ["libelle"],
        message: "Une année scolaire couvre deux années civiles consécutives (2026-2027)",
      });
    if (debut && fin && fin <= debut)
      ctx.addIssue({ code: "custom", path: ["fin"], message: "La fin doit suivre le début" });
    if (debut && debut.getUTCFullYear() !== a)
      ctx.addIssue({ code: "custom", path: ["debut"], message: `L'année ${s.libelle} commence en ${a}` });
  });

export const ecoleSaisie = z.object({
  nom: texte("Nom de l'école", 150),
  communeCodeInsee: codeInsee,
  adresse: texteOptionnel(300),
});

export const TYPES_ACTIVITE = ["cantine", "accueil_matin", "accueil_soir", "mercredi", "vacances", "autre"] as const;
export const LIBELLES_TYPE_ACTIVITE: Record<(typeof TYPES_ACTIVITE)[number], string> = {
  cantine: "Restauration scolaire",
  accueil_matin: "Accueil du matin",
  accueil_soir: "Accueil du soir",
  mercredi: "Mercredis",
  vacances: "Vacances scolaires",
  autre: "Autre",
};
export const JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] as const;

const jours = z.preprocess(
  (v) => (typeof v === "string" ? [v] : v),
  z
    .array(entier("Jour", 1, 7), { error: "Choisissez au moins un jour" })
    .min(1, "Choisissez au moins un jour")
    .transform((l) => [...new Set(l)].sort((a, b) => a - b)),
);

const champsActivite = {
  nom: texte("Nom de l'activité", 150),
  description: texteOptionnel(1000),
  type: z.enum(TYPES_ACTIVITE, { error: "Type d'activité inconnu" }),
  ecoleId: z.preprocess((v) => (v === "" ? null : v), uuid("École").nullable()).default(null),
  jours,
  uniteVente: z.enum(UNITES_VENTE, { error: "Unité de vente inconnue" }),
  capacite: entier("Capacité", 0, 100_000),
  ouvertureInscriptions: dateHeureParisOptionnelle("Ouverture des inscriptions").default(null),
  fermetureInscriptions: dateHeureParisOptionnelle("Fermeture des inscriptions").default(null),
};

const fenetreCoherente = (
  s: { ouvertureInscriptions: Date | null; fermetureInscriptions: Date | null },
  ctx: z.RefinementCtx,
) => {
  if (s.ouvertureInscriptions && s.fermetureInscriptions && s.fermetureInscriptions <= s.ouvertureInscriptions) {
    ctx.addIssue({
      code: "custom",
      path: ["fermetureInscriptions"],
      message: "La fermeture des inscriptions doit suivre leur ouverture",
    });
  }
};

export const activiteCreation = z
  .object({ anneeScolaireId: uuid("Année scolaire"), ...champsActivite })
  .superRefine(fenetreCoherente);

/** The school year is fixed at creation: tariff grids belong to (activity, year). */
export const activiteModification = z.object(champsActivite).superRefine(fenetreCoherente);
