// Disponibilité des années (docs/contrats-amont.md §1) : l'année de revenus Y est servie à partir de sa date de
// taxation, par défaut le 20 juillet de Y + 1 (date du calendrier 2021 pour la ressource assiette IR), modifiable
// par année dans la configuration.
function dateTaxation(anneeRevenus: number, datesTaxation: Record<number, string>): string {
  return datesTaxation[anneeRevenus] ?? `${anneeRevenus + 1}-07-20`;
}

/** Calendar date (AAAA-MM-JJ) of an instant in metropolitan France, where the taxation calendar lives. */
export function jourParis(instant: Date): string {
  return new Intl.DateTimeFormat("fr-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

export function anneeTaxee(anneeRevenus: number, maintenant: Date, datesTaxation: Record<number, string>): boolean {
  return jourParis(maintenant) >= dateTaxation(anneeRevenus, datesTaxation);
}
