// La population fictive partagée par les simulateurs FranceConnect et DGFiP (et les tests de bout en bout). Les
// identités portent les noms de claims de FranceConnect ; les données fiscales, par année de revenus, les noms de
// champs du contrat de l'API Impôt particulier (lib/integrations/dgfip/contrat/api-impot-particulier.openapi.json).
import { readFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

const dateNais = z.object({
  jour: z.string().regex(/^\d{2}$/),
  mois: z.string().regex(/^\d{2}$/),
  annee: z.string().regex(/^\d{4}$/),
});

const aftDetail = z.object({
  complementAdresse: z.string().optional(),
  voie: z.string(),
  getcommune: z.string(),
  getcodePostal: z.string().regex(/^\d{5}$/),
});

const pac = z.object({
  nbPac: z.number().int().min(0),
  nbPacF: z.number().int().min(0).optional(),
  nbPacG: z.number().int().min(0).optional(),
  nbPacH: z.number().int().min(0).optional(),
  nbPacI: z.number().int().min(0).optional(),
  nbPacR: z.number().int().min(0).optional(),
  nbPacJ: z.number().int().min(0).optional(),
  nbPacN: z.number().int().min(0).optional(),
  nbPacP: z.number().int().min(0).optional(),
});

/** One situation of a foyer fiscal for one income year: a body of `SituationsIRAssiettesJAXBbean`. */
const situationIR = z
  .object({
    rfr: z.number().int().min(0),
    sitFam: z.enum(["M", "O", "C", "D", "V"]),
    nbPart: z.number().multipleOf(0.25).positive(),
    pac,
    nmNaiDec1: z.string(),
    nmUsaDec1: z.string().optional(),
    prnmDec1: z.string(),
    dateNaisDec1: dateNais,
    nmNaiDec2: z.string().optional(),
    nmUsaDec2: z.string().optional(),
    prnmDec2: z.string().optional(),
    dateNaisDec2: dateNais.optional(),
    aft: z.string(),
    aftDetail,
    sitParIso: z.string().optional(),
    revenuBrutGlobal: z.number().int().optional(),
    revImposable: z.number().int().min(0).optional(),
    mntRevbareme: z.number().int().min(0).optional(),
    indDeficit: z.string().optional(),
    // Only in `multiple` answers: the period of this situation and the death dates.
    dateDebutPeriode: z.string().optional(),
    dateFinPeriode: z.string().optional(),
    dateDecesdec1: z.string().optional(),
    dateDecesdec2: z.string().optional(),
  })
  .strict();

export type SituationIR = z.infer<typeof situationIR>;

const anneeRevenus = z.string().regex(/^\d{4}$/);

const foyerFiscal = z
  .object({
    id: z.string(),
    /** Persona ids of the declarants (1 or 2). */
    declarants: z.array(z.string()).min(1).max(2),
    /** Income year → its single situation. A year absent here is not (yet) taxed for this foyer. */
    annees: z.record(anneeRevenus, situationIR),
    /** Income year → several situations (death, marriage, divorce during the year). */
    situationsMultiples: z.record(anneeRevenus, z.array(situationIR).min(2)).default({}),
  })
  .strict();

export type FoyerFiscal = z.infer<typeof foyerFiscal>;

const persona = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The case this persona exists to exercise (see README). */
    cas: z.string().regex(/^[a-z0-9_]+$/),
    description: z.string(),
    /** Identité pivot as FranceConnect returns it (certified by INSEE). */
    identite: z
      .object({
        given_name: z.string(),
        family_name: z.string(),
        preferred_username: z.string().optional(),
        birthdate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        gender: z.enum(["female", "male"]),
        birthplace: z
          .string()
          .regex(/^[0-9AB]{5}$/)
          .optional(),
        birthcountry: z.string().regex(/^99\d{3}$/),
        email: z.email(),
      })
      .strict()
      .refine((i) => (i.birthcountry === "99100") === (i.birthplace !== undefined), {
        message: "birthplace est présent si et seulement si birthcountry = 99100 (France)",
      }),
    /** Password at the simulator's login + password form. */
    motDePasse: z.string().min(8),
    /** 13-digit numéro fiscal. */
    spi: z.string().regex(/^\d{13}$/),
    /** Foyer fiscal where this persona is a declarant; null when they are not a declarant anywhere. */
    foyerFiscal: z.string().nullable(),
    /** The DGFiP simulator fails every call for this persona (an outage, for journeys and demos). */
    panneSimulee: z.enum(["indisponible"]).optional(),
    /** The DGFiP simulator's answers for this persona take this form (simulators/dgfip/variantes.ts syntax). */
    varianteReponse: z.string().min(1).max(500).optional(),
  })
  .strict();

export type Persona = z.infer<typeof persona>;

const sexe = z.enum(["F", "M"]);

/** Un enfant d'un dossier CAF/MSA, sous les noms de champs du contrat d'API Particulier v3. */
const enfantCaf = z
  .object({
    prenoms: z.string().min(1),
    nom_naissance: z.string().min(1),
    date_naissance: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sexe,
  })
  .strict();

/** Adresse « format La Poste » du dossier, telle qu'API Particulier la renvoie (déclarative). */
const adresseCaf = z
  .object({
    destinataire: z.string().min(1),
    complement_information: z.string().nullable(),
    complement_information_geographique: z.string().nullable(),
    numero_libelle_voie: z.string().nullable(),
    lieu_dit: z.string().nullable(),
    code_postal_ville: z.string().min(1),
    pays: z.string().min(1),
  })
  .strict();

/**
 * Dossier d'allocataire de la CNAF ou de la MSA (simulateur API Particulier). Les quotients sont relatifs au mois
 * en cours du simulateur : `depuisEcartMois: -1` = à partir du mois dernier. Une personne absente de tout dossier
 * est inconnue des caisses.
 */
const dossierCaf = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    cas: z.string().regex(/^[a-z0-9_]+$/),
    fournisseur: z.enum(["CNAF", "MSA"]),
    /** L'allocataire puis, le cas échéant, son conjoint : des personnes de la population. */
    allocataires: z.array(z.string()).min(1).max(2),
    enfants: z.array(enfantCaf),
    adresse: adresseCaf,
    quotients: z
      .array(z.object({ depuisEcartMois: z.number().int().max(0), valeur: z.number().int().min(0) }).strict())
      .min(1)
      .refine((q) => q.every((x, i) => i === 0 || x.depuisEcartMois > q[i - 1]!.depuisEcartMois), {
        message: "quotients rangés du plus ancien au plus récent",
      }),
    /** Le simulateur API Particulier répond « fournisseur indisponible » à chaque appel pour ce dossier. */
    panneSimulee: z.enum(["indisponible"]).optional(),
  })
  .strict();

export type DossierCaf = z.infer<typeof dossierCaf>;

export const population = z
  .object({
    personas: z.array(persona).min(1),
    foyersFiscaux: z.array(foyerFiscal),
    dossiersCaf: z.array(dossierCaf).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    const spis = new Set<string>();
    for (const x of p.personas) {
      if (ids.has(x.id)) ctx.addIssue({ code: "custom", message: `persona en double : ${x.id}` });
      if (spis.has(x.spi)) ctx.addIssue({ code: "custom", message: `SPI en double : ${x.spi}` });
      ids.add(x.id);
      spis.add(x.spi);
    }
    const foyers = new Map(p.foyersFiscaux.map((f) => [f.id, f]));
    for (const x of p.personas) {
      if (x.foyerFiscal && !foyers.get(x.foyerFiscal)?.declarants.includes(x.id)) {
        ctx.addIssue({ code: "custom", message: `${x.id} n'est pas déclarant du foyer ${x.foyerFiscal}` });
      }
    }
    for (const f of p.foyersFiscaux) {
      for (const d of f.declarants) {
        if (!ids.has(d)) ctx.addIssue({ code: "custom", message: `foyer ${f.id} : déclarant inconnu ${d}` });
      }
    }
    const allocataires = new Set<string>();
    for (const d of p.dossiersCaf) {
      for (const a of d.allocataires) {
        if (!ids.has(a)) ctx.addIssue({ code: "custom", message: `dossier ${d.id} : allocataire inconnu ${a}` });
        if (allocataires.has(a)) ctx.addIssue({ code: "custom", message: `${a} est dans deux dossiers CAF/MSA` });
        allocataires.add(a);
      }
    }
  });

export type Population = z.infer<typeof population>;

const CHEMIN_POPULATION = path.join(import.meta.dirname, "population.json");

export function chargerPopulation(chemin = CHEMIN_POPULATION): Population {
  return population.parse(JSON.parse(readFileSync(chemin, "utf8")));
}

/** Le dossier CAF/MSA où cette personne est allocataire ou conjoint, s'il existe. */
export function dossierCafDe(p: Population, personaId: string): DossierCaf | null {
  return p.dossiersCaf.find((d) => d.allocataires.includes(personaId)) ?? null;
}

/** The foyer fiscal where `spi` is a declarant, if any. */
export function foyerDuSpi(p: Population, spi: string): { persona: Persona; foyer: FoyerFiscal } | null {
  const x = p.personas.find((q) => q.spi === spi);
  const foyer = x?.foyerFiscal ? p.foyersFiscaux.find((f) => f.id === x.foyerFiscal) : undefined;
  return x && foyer ? { persona: x, foyer } : null;
}
