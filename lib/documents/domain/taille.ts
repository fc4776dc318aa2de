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

/**
 * A form whose body exceeds the limit of server actions (12 MB, next.config.ts) never reaches its action: without
 * JavaScript, proxy.ts sends the person back to the page with this short-lived cookie (the body's size). On that
 * page, proxy.ts removes the cookie and hands its value to the rendering in a request header, and the upload form
 * says why next to its field.
 */
export const COOKIE_DEPOT_TROP_VOLUMINEUX = "depot-trop-volumineux";
export const ENTETE_DEPOT_TROP_VOLUMINEUX = "x-depot-trop-volumineux";

export const LIMITE_CORPS_OCTETS = 12 * 1024 * 1024;

export function messageFichierTropVolumineux(octets: number, maxOctets: number, environ = false): string {
  return `Le fichier fait ${environ ? "environ " : ""}${formaterMo(octets)} : la taille maximale est de ${formaterMo(maxOctets)}. Réduisez-le (photo moins lourde, PDF compressé) puis déposez-le.`;
}
