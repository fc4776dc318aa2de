// zod schemas of the back-office forms (shared by the forms' field names and the actions), with French messages.
import { z } from "zod";

import { caseACocher, entier, partsFiscales, texte, texteOptionnel, uuid } from "@/lib/commun/champs-formulaire";
import { SITUATIONS_FAMILLE, type CodeSituationFamille } from "@/lib/fiscal/domain/situation-famille";
import { lireSpi } from "@/lib/fiscal/domain/spi";

export const idDossier = z.object({ dossierId: uuid("Dossier") });

const justifie = (quoi: string, min: number, max: number) =>
  z
    .string({ error: `${quoi} : requis` })
    .trim()
    .min(min, `${quoi} : ${min} caractères au moins, pour que la décision soit compréhensible`)
    .max(max, `${quoi} : ${max} caractères au plus`);

export const validation = idDossier.extend({
  residence: z
    .enum(["adresse", "resident", "non_resident"], { error: "Choisissez la résidence retenue." })
    .default("adresse")
    .transform((r) => (r === "adresse" ? null : r)),
  commentaire: texteOptionnel(1000),
});

export const rejet = idDossier.extend({ motif: justifie("Motif du rejet", 10, 1000) });

export const demandeFamille = idDossier.extend({
  attendu: justifie("Ce qui est attendu de la famille", 5, 300),
  message: justifie("Message", 10, 2000),
});

export const message = idDossier.extend({ corps: justifie("Message", 2, 2000) });

export const nouvelleAutorisation = idDossier.extend({ complement: texteOptionnel(1000) });

const rfrEuros = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[\s\u00a0\u202f€]/g, "") : v),
  z
    .string({ error: "Revenu fiscal de référence : requis" })
    .regex(/^\d{1,9}$/, "Revenu fiscal de référence : montant en euros, sans centimes (par exemple 22032)")
    .transform(Number),
);

/** Optional: the grid may price on it and FranceConnect does not send it (ticket 15 point 3). Empty: unknown. */
const revenuImposableEuros = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[\s\u00a0\u202f€]/g, "") : v),
  z
    .string()
    .max(20)
    .regex(/^\d{0,9}$/, "Revenu imposable : montant en euros, sans centimes (par exemple 46272)")
    .optional()
    .transform((v) => (v ? Number(v) : null)),
);

export function bornesAnneeRevenus(maintenant: Date) {
  const an = maintenant.getUTCFullYear();
  return { min: an - 4, max: an - 1 };
}

/** The accepted income years move with the calendar: read the clock at each submission, not at server start. */
const anneeRevenus = (horloge: () => Date) =>
  entier("Année des revenus", 1900, 2999).superRefine((an, ctx) => {
    const { min, max } = bornesAnneeRevenus(horloge());
    if (an < min || an > max) ctx.addIssue({ code: "custom", message: `Année des revenus : de ${min} à ${max}` });
  });

export const saisieFiscale = (horloge: () => Date = () => new Date()) =>
  idDossier.extend({
    responsableId: uuid("Déclarant"),
    documentId: z.uuid({ error: "Choisissez le justificatif sur lequel s'appuie la saisie." }),
    anneeRevenus: anneeRevenus(horloge),
    rfr: rfrEuros,
    revenuImposable: revenuImposableEuros,
    nbParts: partsFiscales,
    situationFamille: z.enum(Object.keys(SITUATIONS_FAMILLE) as [CodeSituationFamille, ...CodeSituationFamille[]], {
      error: "Choisissez la situation de famille.",
    }),
    nbPersonnesCharge: entier("Personnes à charge", 0, 20),
    parentIsole: caseACocher,
    adresseVoie: texte("Adresse fiscale (numéro et voie)", 200),
    adresseCodePostal: z
      .string({ error: "Code postal : requis" })
      .trim()
      .regex(/^\d{5}$/, "Code postal : 5 chiffres"),
    adresseCommune: texte("Commune", 120),
    justification: justifie("Justification", 20, 1000),
  });
export type SaisieFiscale = z.output<ReturnType<typeof saisieFiscale>>;

export const relanceApi = idDossier.extend({
  responsableId: uuid("Déclarant"),
  /** Only when no numéro fiscal is on file: read on the tax notice (13 digits, spaces tolerated). */
  numeroFiscal: texteOptionnel(40).transform((v, ctx) => {
    if (v === null) return null;
    const lu = lireSpi(v);
    if (lu.ok) return lu.spi;
    ctx.addIssue({ code: "custom", message: lu.erreur });
    return z.NEVER;
  }),
  /** Required (checked with the consents on file) when the family has not agreed, refused or withdrew. */
  baseLegale: texteOptionnel(1000),
});
