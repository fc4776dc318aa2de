// The structured explanation of a price. Stored as-is in `Tarif.explication`, so it holds no raw tax data (no
// RFR, no nombre de parts): only the quotient, its nature, source and year, the bracket or rate, the situation
// that chose the column and the modifiers. That is enough to explain the price after the tax data is purged, and
// to re-price the family under another grid version (impact preview).
import { z } from "zod";

import { UNITES_VENTE } from "./definition.schema";

const SOURCES_DONNEE = ["dgfip_franceconnect", "dgfip_spi", "saisie_agent", "cnaf", "msa", "saisie_apercu"] as const;
export type SourceDonnee = (typeof SOURCES_DONNEE)[number];

const NATURES_QUOTIENT = ["fiscal_rfr", "fiscal_revenu_imposable", "caf", "saisi"] as const;
export type NatureQuotient = (typeof NATURES_QUOTIENT)[number];

const MOTIFS_SANS_QUOTIENT = [
  "aucune_donnee",
  "pas_de_quotient_caf",
  "rfr_indisponible",
  "revenu_imposable_indisponible",
  "parts_invalides",
  "quotient_incompatible",
] as const;
export type MotifSansQuotient = (typeof MOTIFS_SANS_QUOTIENT)[number];

const periode = z.enum(["annuel", "mensuel"]);
/** Exact decimal amount in euros, dot separator ("2.2032"): the value before the single rounding. */
const decimal = z
  .string()
  .max(40)
  .regex(/^-?\d+(\.\d+)?$/);

const quotientExplique = z.discriminatedUnion("disponible", [
  z.object({
    disponible: z.literal(true),
    valeurCentimes: z.number().int().min(0),
    periode,
    arrondi: z.enum(["centime", "euro", "euro_inferieur"]),
    nature: z.enum(NATURES_QUOTIENT),
    source: z.enum(SOURCES_DONNEE).nullable(),
    anneeRevenus: z.number().int().nullable(),
    /** Month of a QF CAF (AAAA-MM). */
    mois: z.string().max(7).nullable(),
    /** The quotient was given for the other period and converted (×12 or ÷12). */
    converti: z.boolean(),
    /** The year the policy asked first when priced: an older `anneeRevenus` was the fallback year. */
    anneeAttendue: z.number().int().nullable().optional(),
    /** Two foyers fiscaux added up: each one's source and year (the sum has no single source). */
    foyers: z
      .array(
        z.object({
          rang: z.number().int().min(1),
          source: z.enum(SOURCES_DONNEE),
          anneeRevenus: z.number().int(),
        }),
      )
      .max(4)
      .optional(),
  }),
  z.object({ disponible: z.literal(false), motif: z.enum(MOTIFS_SANS_QUOTIENT) }),
]);
export type QuotientExplique = z.infer<typeof quotientExplique>;

const borneAtteinte = z.enum(["plancher", "plafond"]).nullable();

const baseExpliquee = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("tranche"),
    numero: z.number().int().min(1),
    minCentimes: z.number().int(),
    maxCentimes: z.number().int().nullable(),
    prixCentimes: z.number().int(),
    /** Chosen because there was no quotient (highest bracket). */
    sansDonnees: z.boolean(),
  }),
  z.object({
    type: z.literal("taux_effort"),
    tauxPourcent: z.number(),
    plancherCentimes: z.number().int(),
    plafondCentimes: z.number().int(),
    /** quotient × taux before clamping; null without quotient (ceiling applied). */
    brutEuros: decimal.nullable(),
    borne: borneAtteinte,
    montantEuros: decimal,
  }),
  z.object({
    type: z.literal("tpi"),
    prixPleinCentimes: z.number().int(),
    tauxPourcent: z.number(),
    plancherPourcent: z.number(),
    plafondPourcent: z.number(),
    pourcentageBrut: decimal.nullable(),
    borne: borneAtteinte,
    pourcentageApplique: decimal,
    montantEuros: decimal,
  }),
]);
export type BaseExpliquee = z.infer<typeof baseExpliquee>;

const modificateurExplique = z.discriminatedUnion("type", [
  z.object({ type: z.literal("occasionnel"), pourcentagePaye: z.number(), montantEuros: decimal }),
  z.object({
    type: z.literal("fratrie"),
    rang: z.number().int(),
    aPartirDuRang: z.number().int(),
    pourcentagePaye: z.number(),
    montantEuros: decimal,
  }),
  /** A sibling step the family reached, kept out of its bracket by the grid (the next lower step may apply). */
  z.object({
    type: z.literal("fratrie_exclue"),
    rang: z.number().int(),
    aPartirDuRang: z.number().int(),
    pourcentagePaye: z.number(),
    tranche: z.number().int().min(1),
    /** Unchanged by this step. */
    montantEuros: decimal,
  }),
  z.object({ type: z.literal("pai_pourcentage"), pourcentagePaye: z.number(), montantEuros: decimal }),
  z.object({ type: z.literal("pai_prix_fixe"), prixCentimes: z.number().int(), montantEuros: decimal }),
]);
export type ModificateurExplique = z.infer<typeof modificateurExplique>;

const AVERTISSEMENTS = ["residence_a_verifier"] as const;

export const explicationTarif = z.object({
  version: z.literal(1),
  unite: z.enum(UNITES_VENTE),
  quotient: quotientExplique,
  situation: z.object({
    residence: z.enum(["resident", "non_resident", "a_verifier"]),
    /** The residence that priced the tariff (differs from `residence` while it is being checked). */
    residenceAppliquee: z.enum(["resident", "non_resident"]),
    allocataireCaf: z.boolean(),
    rangFratrie: z.number().int().min(1),
    pai: z.boolean(),
    frequence: z.enum(["reguliere", "occasionnelle"]),
  }),
  colonne: z.object({ code: z.string().max(100), libelle: z.string().max(200), plusieurs: z.boolean() }),
  base: baseExpliquee,
  modificateurs: z.array(modificateurExplique),
  arrondi: z.object({ regle: z.enum(["demi_superieur", "inferieur", "superieur"]), montantExactEuros: decimal }),
  montantCentimes: z.number().int().min(0),
  avertissements: z.array(z.enum(AVERTISSEMENTS)),
});
export type ExplicationTarif = z.infer<typeof explicationTarif>;
