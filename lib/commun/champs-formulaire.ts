// zod building blocks for admin inputs that arrive from HTML forms (strings, checkboxes, French decimals) as well
// as from code (numbers, booleans). Shared by the `schemas.ts` of each context.
import { z } from "zod";

import { texteVersCentimes } from "@/lib/tarifs/domain/grille-csv";

const vide = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

export const texte = (quoi: string, max = 200) =>
  z
    .string({ error: `${quoi} : requis` })
    .trim()
    .min(1, `${quoi} : requis`)
    .max(max, `${quoi} : ${max} caractères au plus`);

export const texteOptionnel = (max = 500) =>
  z
    .preprocess((v) => (vide(v) ? null : v), z.string().trim().max(max, `${max} caractères au plus`).nullable())
    .default(null);

/** A checkbox: present ("on", "true", true) = checked, absent = unchecked. */
export const caseACocher = z
  .preprocess((v) => v === true || v === "on" || v === "true" || v === "oui", z.boolean())
  .default(false);

export const entier = (quoi: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v),
    z
      .number({ error: `${quoi} : nombre entier requis` })
      .int(`${quoi} : nombre entier requis`)
      .min(min, `${quoi} : ${min} au moins`)
      .max(max, `${quoi} : ${max} au plus`),
  );

/**
 * Fiscal parts as written on a tax notice: "2", "2,5", "1.75". Quarters from 1 to 20; empty → null. The one reader of
 * parts for every form (the agent's manual entry, the grid's preview calculator).
 */
export const partsFiscalesOptionnelles = z.preprocess(
  (v) => {
    if (vide(v)) return null;
    if (typeof v !== "string") return v;
    const t = v.trim().replace(",", ".");
    return /^\d{1,2}(\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
  },
  z
    .number({ error: "Nombre de parts : nombre de parts attendu (par exemple 2,5)" })
    .min(1, "Nombre de parts : 1 au moins")
    .max(20, "Nombre de parts : 20 au plus")
    .refine((x) => Number.isInteger(x * 4), "Nombre de parts : par quarts (1 ; 1,25 ; 1,5 ; 2,5…)")
    .nullable(),
);

/** The same, required. */
export const partsFiscales = partsFiscalesOptionnelles.pipe(z.number({ error: "Nombre de parts : requis" }));

/** "612", "612,50", "1 234,5 €" or a number of cents already → integer cents; empty → null. */
export const eurosEnCentimesOptionnel = (quoi: string) =>
  z.preprocess(
    (v) => {
      if (vide(v)) return null;
      if (typeof v !== "string") return v;
      return texteVersCentimes(v) ?? Number.NaN;
    },
    z
      .number({ error: `${quoi} : montant en euros attendu (par exemple 612 ou 612,50)` })
      .int(`${quoi} : montant en euros attendu`)
      .min(0, `${quoi} : montant positif attendu`)
      .nullable(),
  );

/** A calendar date "AAAA-MM-JJ" → Date at 00:00 UTC (stored in DATE columns). */
export const dateCalendaire = (quoi: string) =>
  z.preprocess(
    // An empty field is a missing date, not a badly formatted one.
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === "" ? undefined : v),
    z
      .string({ error: `${quoi} : date requise` })
      .max(10, `${quoi} : date au format AAAA-MM-JJ`)
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${quoi} : date au format AAAA-MM-JJ`)
      .transform((s) => new Date(`${s}T00:00:00Z`))
      .refine((d) => !Number.isNaN(d.getTime()), `${quoi} : date invalide`),
  );

/** Offset (ms) of Europe/Paris from UTC at instant `d`. */
function decalageParis(d: Date): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return (
    Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) -
    d.getTime()
  );
}

/** "AAAA-MM-JJTHH:MM" (an <input type="datetime-local">) read as Paris local time → the instant. */
export function heureDeParis(s: string): Date {
  const naif = new Date(`${s}:00Z`);
  const essai = new Date(naif.getTime() - decalageParis(naif));
  // Second pass: the offset at the real instant (differs only around a DST change).
  return new Date(naif.getTime() - decalageParis(essai));
}

/** The instant as an <input type="datetime-local"> shows it in Paris: "AAAA-MM-JJTHH:MM". */
export function versSaisieHeureDeParis(d: Date): string {
  const local = new Date(d.getTime() + decalageParis(d));
  return local.toISOString().slice(0, 16);
}

/** Optional date-time typed in Paris local time; empty → null. */
export const dateHeureParisOptionnelle = (quoi: string) =>
  z.preprocess(
    (v) =>
      vide(v)
        ? null
        : v instanceof Date
          ? v
          : typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)
            ? heureDeParis(v)
            : Number.NaN,
    z
      .date({ error: `${quoi} : date et heure au format AAAA-MM-JJTHH:MM` })
      .refine((d) => !Number.isNaN(d.getTime()), `${quoi} : date invalide`)
      .nullable(),
  );

export const uuid = (quoi: string) => z.uuid({ error: `${quoi} : identifiant invalide` });
