// File sizes the French way (1 Ko = 1 024 octets, as file managers show them).
const KO = 1024;
const MO = 1024 * 1024;

export function formaterMo(octets: number): string {
  return `${(octets / MO).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

export function formaterTaille(octets: number): string {
  if (octets < KO) return `${octets} octets`;
  if (octets < MO) return `${Math.max(1, Math.round(octets / KO)).toLocaleString("fr-FR")} Ko`;
  return formaterMo(octets);
}
