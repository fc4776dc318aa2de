import "server-only";
import type { Db } from "@/lib/server/database";

/** The commune's settings (single row), or null before the first configuration. */
export async function lireCollectivite(db: Db) {
  return db.collectivite.findUnique({ where: { id: 1 }, select: { nom: true, politiqueAnneeFiscale: true, conservationFiscaleJours: true, quotaDgfipParMinute: true, misAJourLe: true } });
}

export async function listerCalendrierTaxation(db: Db) {
  return db.calendrierTaxation.findMany({ select: { id: true, ressource: true, anneeRevenus: true, dateTaxation: true }, orderBy: [{ anneeRevenus: "desc" }, { ressource: "asc" }] });
}
