/**
 * A retention period as configured, in words: "400 jours", "un an", "2 ans". Never rounded to months: 400 days is
 * not "13 mois" (the data would be erased on another day than the one stated).
 */
export function formaterDureeJours(jours: number): string {
  if (jours === 365) return "un an";
  if (jours > 0 && jours % 365 === 0) return `${jours / 365} ans`;
  return jours === 1 ? "1 jour" : `${jours} jours`;
}
