// French formatting of dates and numbers, used by every page. Prices (integer cents) are formatted by
// lib/tarifs/domain/format-fr.ts, the only money formatter.
const eurosEntiers = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const nombre = new Intl.NumberFormat("fr-FR");

export function formaterEurosEntiers(euros: number): string {
  return eurosEntiers.format(euros);
}

export function formaterNombre(n: number): string {
  return nombre.format(n);
}

/** "2026-03-14" or a Date → "14 mars 2026" (dates without time are read as calendar dates, not instants). */
export function formaterDate(d: string | Date): string {
  const date = typeof d === "string" ? new Date(`${d.slice(0, 10)}T12:00:00Z`) : d;
  return date.toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });
}

export function formaterDateHeure(d: Date): string {
  return d.toLocaleString("fr-FR", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Paris",
  });
}
