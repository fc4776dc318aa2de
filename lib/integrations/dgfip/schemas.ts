// zod schemas of the API Impôt particulier answers the client reads, transcribed from the OpenAPI contract
// (contrat/api-impot-particulier.openapi.json, components.schemas). `schemas.test.ts` checks them property by
// property against the contract, so a drift fails a test. Unknown properties are dropped, not refused: the DGFiP
// adds fields over the years (seed 002 §6.2) and the client must keep working.
import { z } from "zod";

const entier = z.number().int();
const texte = z.string().max(1000);

const dateNaisDec = z.object({ jour: texte, mois: texte, annee: texte }).partial();

const aft = z.object({ complementAdresse: texte, voie: texte, getcommune: texte, getcodePostal: texte }).partial();

const pac = z
  .object({
    nbPac: entier,
    nbPacF: entier,
    nbPacG: entier,
    nbPacH: entier,
    nbPacI: entier,
    nbPacR: entier,
    nbPacJ: entier,
    nbPacN: entier,
    nbPacP: entier,
  })
  .partial();

const codeRev = z.object({ code: texte, valeur: texte }).partial();

const listeRev = z.array(codeRev);
const revs = z
  .object({
    tspr: listeRev,
    rcm: listeRev,
    pv: listeRev,
    fonc: listeRev,
    pro: listeRev,
    chges: listeRev,
    rici: listeRev,
    alpha: listeRev,
    div: listeRev,
  })
  .partial();

const sitPart = z
  .object({
    sitPartP: texte,
    sitPartF: texte,
    sitPartW: texte,
    sitComb: texte,
    pensVeufGuerre: texte,
    indEnfSeul5ansMin: texte,
    indNonSeul: texte,
  })
  .partial();

/** Fields shared by the single-situation answer and each item of the `multiple` answer. */
const communs = {
  rfr: entier,
  sitFam: texte,
  nbPart: z.number(),
  pac,
  nmNaiDec1: texte,
  nmUsaDec1: texte,
  prnmDec1: texte,
  dateNaisDec1: dateNaisDec,
  dptNaissDec1: texte,
  lieuNaissDec1: texte,
  nmNaiDec2: texte,
  nmUsaDec2: texte,
  prnmDec2: texte,
  dateNaisDec2: dateNaisDec,
  dptNaissDec2: texte,
  lieuNaissDec2: texte,
  aft: texte,
  aftDetail: aft,
  sitParIso: texte,
  pensAlPer: entier,
  indDeficit: texte,
  revenuBrutGlobal: entier,
  sitPart: texte,
  sitParDeclaree: sitPart,
  indOptionImpotSepar: texte,
  mntRevbareme: entier,
  datRec: texte,
  datEtab: texte,
  impAvImput: entier,
  montTotIr: entier,
  revImposable: entier,
  numRole: texte,
  fipNum: texte,
  rev: revs,
};

/** `SituationsIRAssiettesJAXBbean`: the single-situation resource. */
export const situationIrAssiettes = z.object(communs).partial();

/** `SituationIRAssietteMultiJAXBbean`: one situation of the `multiple` resource, with its period. */
export const situationIrAssietteMulti = z
  .object({
    ...communs,
    spiDec1: texte,
    spiDec2: texte,
    dateDebutPeriode: texte,
    dateFinPeriode: texte,
    typeAvis: entier,
    dateDecesdec1: texte,
    dateDecesdec2: texte,
  })
  .partial();

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
