// What a file really is, read from its first bytes ("magic numbers"). The name and the MIME type the browser sends
// are chosen by whoever sends the file, so neither is ever trusted.

export type FormatAccepte = "pdf" | "png" | "jpeg";

export const FORMATS: Record<FormatAccepte, { typeMime: string; extension: string; libelle: string }> = {
  pdf: { typeMime: "application/pdf", extension: "pdf", libelle: "PDF" },
  png: { typeMime: "image/png", extension: "png", libelle: "image PNG" },
  jpeg: { typeMime: "image/jpeg", extension: "jpg", libelle: "image JPEG" },
};

const SIGNATURE_PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function commencePar(octets: Uint8Array, signature: readonly number[]): boolean {
  return octets.length >= signature.length && signature.every((o, i) => octets[i] === o);
}

/**
 * The accepted format these bytes start with, or null. A PDF must start with `%PDF-` at byte 0 (readers tolerate
 * junk before it; we do not, so that a file cannot be two things at once).
 */
export function detecterFormat(octets: Uint8Array): FormatAccepte | null {
  if (commencePar(octets, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (commencePar(octets, SIGNATURE_PNG)) return "png";
  if (commencePar(octets, [0xff, 0xd8, 0xff])) return "jpeg";
  return null;
}

export { SIGNATURE_PNG };
