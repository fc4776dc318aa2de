import { z } from "zod";

export const idDemande = z.object({ demandeId: z.uuid({ error: "Demande inconnue." }) });

const couple = /^([0-9a-f-]{36}):([0-9a-f-]{36})$/;

/** Checkboxes "choix" = "enfantId:activiteId", and for each a select "frequence:enfantId:activiteId". */
export const choixActivites = idDemande
  .extend({
    choix: z
      .union([z.string().max(73), z.array(z.string().max(73)).max(500)])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
      .pipe(z.array(z.string().max(73, "Choix invalide.").regex(couple, "Choix invalide."))),
  })
  .catchall(z.unknown())
  .transform((d) => ({
    demandeId: d.demandeId,
    choix: d.choix.map((c) => {
      const [, enfantId, activiteId] = couple.exec(c)!;
      const frequence =
        d[`frequence:${enfantId}:${activiteId}`] === "occasionnelle"
          ? ("occasionnelle" as const)
          : ("reguliere" as const);
      return { enfantId: enfantId!, activiteId: activiteId!, frequence };
    }),
  }));

export const choixVoie = idDemande.extend({
  voie: z.enum(["sans_tarification", "document"], { error: "Choisissez une option." }),
});

export const donneesParSpi = idDemande.extend({
  spi: z
    .string({ error: "Saisissez votre numéro fiscal (13 chiffres)." })
    .max(40, "Le numéro fiscal compte 13 chiffres."),
  dateNaissance: z
    .string()
    .max(10, "Indiquez votre date de naissance.")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Indiquez votre date de naissance.")
    .optional(),
  accord: z.literal("oui", { error: "Cochez la case pour autoriser la récupération de vos données." }),
});

/** "Actualiser mes données fiscales": the numéro fiscal on file is asked again, under a new consent. */
export const actualisationSpi = idDemande.extend({
  accord: z.literal("oui", { error: "Cochez la case pour autoriser la récupération de vos données." }),
});
