// What `VersionGrille.definition` stores: a complete, self-describing tariff grid. Validated here (structure) and
// in definition.coherence.ts (bounds, columns, ceilings); every issue carries the path of the field at fault so
// that the admin editor can show the French message next to it.
import { z } from "zod";

import { verifierCoherence } from "./definition.coherence";
import { aAuPlusDecimales } from "./fraction";

/** Same values as the Prisma enum `UniteVente`. */
export const UNITES_VENTE = ["repas", "demi_heure", "heure", "demi_journee", "journee", "mois"] as const;
export type UniteVente = (typeof UNITES_VENTE)[number];

/** Upper limits that keep exact arithmetic far from overflow and catch typing slips (a price of 10 000 €). */
const PRIX_MAX_CENTIMES = 1_000_000; // 10 000 €
const QUOTIENT_MAX_CENTIMES = 100_000_000; // 1 000 000 €

const entierCentimes = (max: number, quoi: string) =>
  z
    .number({ error: `${quoi} : montant requis` })
    .int(`${quoi} : montant en centimes entiers`)
    .min(0, `${quoi} : un montant ne peut pas être négatif`)
    .max(max, `${quoi} : montant trop élevé`);

const prix = entierCentimes(PRIX_MAX_CENTIMES, "Prix");
const borne = entierCentimes(QUOTIENT_MAX_CENTIMES, "Borne");

const pourcentage = (quoi: string, max: number, decimales: number) =>
  z
    .number({ error: `${quoi} : pourcentage requis` })
    .min(0, `${quoi} : un pourcentage ne peut pas être négatif`)
    .max(max, `${quoi} : ${max} % au plus`)
    .refine((x) => aAuPlusDecimales(x, decimales), `${quoi} : ${decimales} décimales au plus`);

const codeColonne = z
  .string()
  .regex(/^[a-z0-9_]{1,30}$/, "Code de colonne : minuscules, chiffres et « _ » (30 au plus)");

const colonne = z
  .object({
    code: codeColonne,
    libelle: z
      .string()
      .trim()
      .min(1, "Libellé de colonne requis")
      .max(60, "Libellé de colonne : 60 caractères au plus"),
    /** Conditions for this column; absent = any. The first column whose conditions all hold is used. */
    criteres: z
      .object({
        residence: z
          .enum(["resident", "non_resident"], { error: "Résidence : « resident » ou « non_resident »" })
          .optional(),
        allocataireCaf: z.boolean({ error: "Allocataire CAF : oui ou non" }).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

const quotient = z
  .object({
    /** fiscal: QF fiscal; caf: QF CAF only; caf_sinon_fiscal: QF CAF for allocataires, QF fiscal for the others. */
    source: z.enum(["fiscal", "caf", "caf_sinon_fiscal"], { error: "Source du quotient inconnue" }),
    /** Revenue of the QF fiscal. The revenu imposable is only served in SPI mode (no FranceConnect scope). */
    revenu: z.enum(["rfr", "revenu_imposable"], { error: "Revenu inconnu" }).default("rfr"),
    /** annuel: revenu / parts; mensuel: revenu / parts / 12. The QF CAF is monthly. */
    periode: z.enum(["annuel", "mensuel"], { error: "Période : « annuel » ou « mensuel »" }),
    /** Stated rounding of the quotient itself (brackets are compared with the rounded value). */
    arrondi: z.enum(["centime", "euro", "euro_inferieur"], { error: "Arrondi du quotient inconnu" }).default("centime"),
  })
  .strict();

const tranche = z
  .object({
    minCentimes: borne,
    /** Inclusive; null = no upper bound (last bracket). */
    maxCentimes: borne.nullable(),
    /** Price per column code, for one unit of sale. */
    prix: z.record(z.string(), prix),
  })
  .strict();

const parametresTauxEffort = z
  .object({
    /** Price = quotient × taux (0.36 = 0,36 % of the quotient). */
    tauxPourcent: pourcentage("Taux", 100, 4),
    plancherCentimes: entierCentimes(PRIX_MAX_CENTIMES, "Plancher"),
    plafondCentimes: entierCentimes(PRIX_MAX_CENTIMES, "Plafond"),
  })
  .strict();

const parametresTpi = z
  .object({
    prixPleinCentimes: entierCentimes(PRIX_MAX_CENTIMES, "Tarif plein"),
    /** Percentage of the full price per euro of quotient: QF 612 € × 0,1 = 61,2 % of the full price. */
    tauxPourcent: pourcentage("Taux", 100, 4),
    plancherPourcent: pourcentage("Plancher", 100, 2),
    plafondPourcent: pourcentage("Plafond", 100, 2),
  })
  .strict();

const bareme = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("tranches"), tranches: z.array(tranche).min(1, "Au moins une tranche") }).strict(),
    z.object({ type: z.literal("taux_effort"), parametres: z.record(z.string(), parametresTauxEffort) }).strict(),
    z.object({ type: z.literal("tpi"), parametres: z.record(z.string(), parametresTpi) }).strict(),
  ],
  { error: "Mode de calcul : « tranches », « taux_effort » ou « tpi »" },
);

const modificateurs = z
  .object({
    /** Sibling rank (by age among the children enrolled in the activity and year): from rank N, pay P %. */
    fratrie: z
      .array(
        z
          .object({
            aPartirDuRang: z.number().int("Rang entier").min(2, "Rang : 2 au moins").max(20, "Rang : 20 au plus"),
            pourcentagePaye: pourcentage("Pourcentage payé", 100, 2),
            /**
             * Brackets (numbered from 1) where this step does not apply, e.g. [1] for a canteen whose lowest
             * bracket stays at 1 €. Absent or empty: every bracket. Bracket grids only (definition.coherence.ts).
             */
            saufTranches: z
              .array(z.number().int("Numéro de tranche entier").min(1, "Numéro de tranche : 1 au moins"))
              .max(40, "40 tranches au plus")
              .optional(),
          })
          .strict(),
      )
      .default([]),
    /** PAI (meal brought from home): a share of the price, or a fixed price. */
    pai: z
      .discriminatedUnion(
        "type",
        [
          z
            .object({ type: z.literal("pourcentage"), pourcentagePaye: pourcentage("Pourcentage payé", 100, 2) })
            .strict(),
          z
            .object({ type: z.literal("prix_fixe"), prixCentimes: entierCentimes(PRIX_MAX_CENTIMES, "Prix PAI") })
            .strict(),
        ],
        { error: "PAI : « pourcentage » ou « prix_fixe »" },
      )
      .optional(),
    /** Occasional attendance: P % of the regular price (e.g. 120). */
    occasionnel: z
      .object({ pourcentagePaye: pourcentage("Pourcentage payé", 1000, 2) })
      .strict()
      .optional(),
  })
  .strict();

const definitionBrute = z
  .object({
    version: z.literal(1, { error: "Version de format inconnue (attendu : 1)" }),
    unite: z.enum(UNITES_VENTE, { error: "Unité de vente inconnue" }),
    quotient,
    colonnes: z.array(colonne).min(1, "Au moins une colonne de prix"),
    bareme,
    /** No usable quotient (declined consent, nothing found): the highest bracket, or the ceiling. */
    sansDonnees: z.enum(["tranche_la_plus_haute", "plafond"], { error: "Règle sans données inconnue" }),
    /** Adresse fiscale awaiting an agent's check: which residence prices the provisional tariff. */
    residenceAVerifier: z.enum(["resident", "non_resident"]).default("non_resident"),
    modificateurs: modificateurs.default({ fratrie: [] }),
    /** One rounding, to the cent, on the final price. */
    arrondi: z
      .enum(["demi_superieur", "inferieur", "superieur"], { error: "Règle d'arrondi inconnue" })
      .default("demi_superieur"),
  })
  .strict();

const definitionGrille = definitionBrute.superRefine(verifierCoherence);

export type DefinitionGrille = z.output<typeof definitionBrute>;
export type Colonne = DefinitionGrille["colonnes"][number];

interface ProblemeDefinition {
  /** Path of the field, e.g. ["bareme", "tranches", 2, "minCentimes"]. */
  chemin: (string | number)[];
  message: string;
}

export type ResultatValidation =
  { ok: true; definition: DefinitionGrille } | { ok: false; problemes: ProblemeDefinition[] };

export function validerDefinition(brute: unknown): ResultatValidation {
  const r = definitionGrille.safeParse(brute);
  if (r.success) return { ok: true, definition: r.data };
  return {
    ok: false,
    problemes: r.error.issues.map((i) => ({
      chemin: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: i.message,
    })),
  };
}
