// Year availability (seed 002 §6.3.1): income year Y is served from its taxation date, by default 20 July of
// Y + 1 (the 2021 calendar's date for the IR assiette resource), overridable per year by the configuration.
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
