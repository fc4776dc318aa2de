// Inputs of the accessibility statement (RGAA model), typed by the admin.
import { z } from "zod";

import { dateCalendaire, entier, texteOptionnel } from "@/lib/commun/champs-formulaire";

const dateOptionnelle = (quoi: string) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), dateCalendaire(quoi).nullable()).default(null);

const liste = (quoi: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().trim().max(5000, `${quoi} : 5000 caractères au plus`),
  );

export const declarationAccessibiliteSaisie = z
  .object({
    etablieLe: dateCalendaire("Date de la déclaration"),
    auditRealisePar: texteOptionnel(200),
    auditLe: dateOptionnelle("Date de l'audit"),
    tauxConformite: z
      .preprocess((v) => (v === "" || v === undefined ? null : v), entier("Taux de conformité", 0, 100).nullable())
      .default(null),
    nonConformites: liste("Non-conformités"),
    derogations: liste("Dérogations"),
    horsObligation: liste("Contenus non soumis à l'obligation"),
    contactCourriel: z
      .string({ error: "Adresse électronique du contact : requise" })
      .trim()
      .min(1, "Adresse électronique du contact : requise")
      .max(254, "Adresse électronique du contact : 254 caractères au plus")
      .pipe(z.email({ error: "Adresse électronique du contact invalide (exemple : accessibilite@commune.fr)" })),
    contactAutre: texteOptionnel(300),
    schemaPluriannuel: texteOptionnel(500),
    planActionAnnee: texteOptionnel(500),
  })
  // The conformity state follows from an audit: a rate without its date and auditor would claim an audit not made.
  .refine((d) => d.tauxConformite === null || (d.auditLe !== null && d.auditRealisePar !== null), {
    path: ["tauxConformite"],
    message: "Taux de conformité : indiquez aussi la date de l'audit et qui l'a réalisé",
  })
  .refine((d) => d.auditLe === null || d.tauxConformite !== null, {
    path: ["tauxConformite"],
    message: "Taux de conformité : requis quand un audit est indiqué",
  });

export type DeclarationAccessibiliteSaisie = z.output<typeof declarationAccessibiliteSaisie>;
