// The commune's tax-data settings: year policy, retention period, and the taxation calendar of the IR assiette
// resource (admins maintain it).
import type { Db, Tx } from "@/lib/server/database";
import type { DateTaxation, PolitiqueAnneeFiscale } from "./domain/annee-fiscale";

export interface ParametresFiscaux {
  politique: PolitiqueAnneeFiscale;
  conservationJours: number;
  calendrier: DateTaxation[];
  /** The DGFiP data scopes of the habilitation; empty: the default list. */
  scopesFranceConnect: string[];
}

class CollectiviteNonConfiguree extends Error {
  constructor() {
    super(
      "La collectivité n'est pas configurée (table collectivite vide) : politique d'année fiscale et durée de conservation inconnues.",
    );
    this.name = "CollectiviteNonConfiguree";
  }
}

export async function lireParametresFiscaux(db: Db | Tx): Promise<ParametresFiscaux> {
  const [collectivite, calendrier] = await Promise.all([
    db.collectivite.findUnique({
      where: { id: 1 },
      select: { politiqueAnneeFiscale: true, conservationFiscaleJours: true, scopesFranceConnect: true },
    }),
    db.calendrierTaxation.findMany({
      where: { ressource: "ir_assiettes" },
      select: { anneeRevenus: true, dateTaxation: true },
    }),
  ]);
  if (!collectivite) throw new CollectiviteNonConfiguree();
  return {
    politique: collectivite.politiqueAnneeFiscale satisfies PolitiqueAnneeFiscale,
    conservationJours: collectivite.conservationFiscaleJours,
    scopesFranceConnect: collectivite.scopesFranceConnect,
    // @db.Date comes back as midnight UTC of that day.
    calendrier: calendrier.map((c) => ({
      anneeRevenus: c.anneeRevenus,
      dateTaxation: c.dateTaxation.toISOString().slice(0, 10),
    })),
  };
}
