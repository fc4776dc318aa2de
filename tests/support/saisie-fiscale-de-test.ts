// The manual tax-data entry form as an agent fills it (strings, French formats), for the back-office tests.
import { randomUUID } from "node:crypto";

export interface CiblesSaisie {
  dossierId: string;
  responsableId: string;
  documentId: string | null;
}

/** Defaults: revenus 2025, RFR 22 032 € for 3 parts (monthly QF 612 €), an address in Bellecombe-sur-Lys. */
export function champsSaisie(
  c: CiblesSaisie = { dossierId: randomUUID(), responsableId: randomUUID(), documentId: randomUUID() },
  surcharge: Record<string, string | null> = {},
) {
  return {
    dossierId: c.dossierId,
    responsableId: c.responsableId,
    documentId: c.documentId,
    anneeRevenus: "2025",
    rfr: "22 032",
    nbParts: "3",
    situationFamille: "M",
    nbPersonnesCharge: "2",
    adresseVoie: "12 rue des Lilas",
    adresseCodePostal: "00100",
    adresseCommune: "Bellecombe-sur-Lys",
    justification: "Avis d'imposition 2025 déposé par la famille, lisible et complet.",
    ...surcharge,
  };
}
