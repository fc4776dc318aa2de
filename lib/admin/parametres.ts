import "server-only";

import { notFound } from "next/navigation";

import { estUuid } from "@/lib/commun/uuid";

export type ParametresRecherche = Record<string, string | string[] | undefined>;

/** A route segment that must be an id: anything else is a page that does not exist (never a database error). */
export function uuidOuIntrouvable(valeur: string): string {
  if (!estUuid(valeur)) notFound();
  return valeur;
}

export function premier(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
