// File sizes the French way (1 ko = 1 024 octets, as file managers show them): octets, ko, then Mo, never "0 Mo".
const KO = 1024;
const MO = 1024 * 1024;

/** A size meant in megabytes (a limit, a file): below 1 Mo it is given in ko or octets, never as "0 Mo". */
export function formaterMo(octets: number): string {
  if (octets < MO) return formaterTaille(octets);
  return `${(octets / MO).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

export function formaterTaille(octets: number): string {
  if (octets < KO) return `${octets} octets`;
  if (octets < MO) return `${Math.max(1, Math.round(octets / KO)).toLocaleString("fr-FR")} ko`;
  return formaterMo(octets);
}
