// Schémas zod des réponses de l'API Impôt particulier que lit le client, transcrits du contrat OpenAPI
// (contrat/api-impot-particulier.openapi.json, components.schemas). Seuls les champs dont le portail se sert sont
// lus, et ils sont validés strictement : une valeur d'un autre type que celui du contrat est refusée, sauf un nombre
// écrit en texte (ou un code postal, un jour écrit en nombre) quand il ne se lit que d'une façon ; `null` vaut
// absent. Tout autre champ est écarté sans être regardé : un `null` ou un nombre en texte dans un champ que personne
// ne lit ne doit pas changer un 200 valable en échec (issue 15, point 9), et la DGFiP ajoute des champs au fil des
// années (docs/contrats-amont.md §4). `schemas.test.ts` les vérifie champ par champ contre le contrat.
import { z } from "zod";

/** `null` is JSON's way of saying "no value": absent. */
const absentSiNull = (v: unknown) => (v === null ? undefined : v);

/** An integer, or its decimal digits as text ("48200", " 0 "): nothing else ("48 200", "1e3", "48200,5"). */
const entier = z.preprocess(
  (v) => (typeof v === "string" && /^\s*-?\d{1,12}\s*$/.test(v) ? Number(v) : absentSiNull(v)),
  z.number().int().optional(),
);

/** A non-negative number, or its digits with an optional decimal point as text ("2.5"); never a comma. */
const decimal = z.preprocess(
  (v) => (typeof v === "string" && /^\s*\d{1,6}(\.\d{1,4})?\s*$/.test(v) ? Number(v) : absentSiNull(v)),
  z.number().min(0).optional(),
);

const texte = z.preprocess(absentSiNull, z.string().max(1000).optional());

/** Text made of digits, also accepted as a JSON number left-padded to `chiffres` (00100 sent as 100). */
const chiffres = (n: number) =>
  z.preprocess(
    (v) =>
      typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 10 ** n
        ? String(v).padStart(n, "0")
        : absentSiNull(v),
    z.string().max(100).optional(),
  );

const objet = <T extends z.ZodRawShape>(forme: T) => z.preprocess(absentSiNull, z.object(forme).optional());

const dateNaisDec = objet({ jour: chiffres(2), mois: chiffres(2), annee: chiffres(4) });

const aftDetail = objet({ complementAdresse: texte, voie: texte, getcommune: texte, getcodePostal: chiffres(5) });

/** Fields read from the single-situation resource and from each item of the `multiple` resource. */
const communs = {
  rfr: entier,
  revImposable: entier,
  nbPart: decimal,
  sitFam: texte,
  pac: objet({ nbPac: entier }),
  sitParIso: texte,
  aft: texte,
  aftDetail,
  nmNaiDec1: texte,
  nmUsaDec1: texte,
  prnmDec1: texte,
  dateNaisDec1: dateNaisDec,
  nmNaiDec2: texte,
  nmUsaDec2: texte,
  prnmDec2: texte,
  dateNaisDec2: dateNaisDec,
};

/** `SituationsIRAssiettesJAXBbean`: the single-situation resource. */
export const situationIrAssiettes = z.object(communs);

/** `SituationIRAssietteMultiJAXBbean`: one situation of the `multiple` resource, with its period and death dates. */
export const situationIrAssietteMulti = z.object({
  ...communs,
  dateDebutPeriode: texte,
  dateFinPeriode: texte,
  dateDecesdec1: texte,
  dateDecesdec2: texte,
});

/** `SituationsIRAssiettesMultipleJAXBbean`. An answer without its list is not an answer: required here. */
export const situationsIrAssiettesMultiple = z.object({ situationsIR: z.array(situationIrAssietteMulti) });

export type SituationIr = z.infer<typeof situationIrAssietteMulti>;

/** Error body documented by the DGFiP (`{"erreur": {"code": …, "message": …}}`); the code may be a number. */
export const erreurDgfip = z.object({
  erreur: z.object({
    code: z.union([z.string().max(100), z.number()]).transform(String),
    message: z.string().max(2000).optional(),
  }),
});

/** Gateway token answer (RFC 6749 §5.1). */
export const jetonPasserelle = z.object({
  access_token: z.string().min(1).max(8192),
  token_type: z
    .string()
    .max(20)
    .regex(/^bearer$/i),
  expires_in: z.coerce.number().int().positive().optional(),
  scope: z.string().max(2000).optional(),
});
