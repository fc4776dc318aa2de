// Structure check of an uploaded image: its header must give sensible dimensions. A file that merely starts with
// the right bytes, or announces a picture of a billion pixels (decompression bomb for whoever opens it), is refused.
// Bytes after the image's end are tolerated (phones append "motion photo" videos): the file is only ever served as
// an attachment, with its real type and `nosniff`, so they stay inert.
import { SIGNATURE_PNG } from "./format-fichier";
import { refus, type Refus } from "./resultat";

const COTE_MAX_PIXELS = 30_000;
export const SURFACE_MAX_PIXELS = 200_000_000;

export interface Dimensions {
  largeur: number;
  hauteur: number;
}

const ILLISIBLE =
  "Cette image est endommagée : ses dimensions ne peuvent pas être lues. Reprenez la photo ou enregistrez-la à nouveau, puis déposez-la.";

function lireU16(o: Uint8Array, i: number): number {
  return (o[i]! << 8) | o[i + 1]!;
}

function lireU32(o: Uint8Array, i: number): number {
  return ((o[i]! << 24) >>> 0) + (o[i + 1]! << 16) + (o[i + 2]! << 8) + o[i + 3]!;
}

const ascii = (o: Uint8Array, i: number, n: number) => String.fromCharCode(...o.subarray(i, i + n));

/** PNG: the IHDR chunk comes first (13 bytes: width, height, depth, colour type…) and an IEND chunk ends the image. */
function dimensionsPng(o: Uint8Array): Dimensions | null {
  const debut = SIGNATURE_PNG.length;
  if (o.length < debut + 25 || lireU32(o, debut) !== 13 || ascii(o, debut + 4, 4) !== "IHDR") return null;
  const iend = Buffer.from(o.buffer, o.byteOffset, o.byteLength).indexOf("IEND", debut + 25, "latin1");
  if (iend < 0) return null;
  return { largeur: lireU32(o, debut + 8), hauteur: lireU32(o, debut + 12) };
}

// Start-of-frame markers that carry the dimensions (baseline, progressive, lossless…; not DHT C4, JPG C8, DAC CC).
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** JPEG: walks the marker segments from SOI to the first SOS; the frame header (SOFn) must come before it. */
function dimensionsJpeg(o: Uint8Array): Dimensions | null {
  let i = 2;
  let dimensions: Dimensions | null = null;
  while (i + 4 <= o.length) {
    if (o[i] !== 0xff) return null;
    const marqueur = o[i + 1]!;
    if (marqueur === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marqueur === 0x01 || (marqueur >= 0xd0 && marqueur <= 0xd7)) {
      i += 2; // standalone markers
      continue;
    }
    const longueur = lireU16(o, i + 2);
    if (longueur < 2 || i + 2 + longueur > o.length) return null;
    if (SOF.has(marqueur)) {
      if (longueur < 7) return null;
      dimensions = { hauteur: lireU16(o, i + 5), largeur: lireU16(o, i + 7) };
    }
    if (marqueur === 0xda) {
      // Start of scan: the entropy-coded data follows and an EOI marker must end it somewhere after.
      const eoi = Buffer.from(o.buffer, o.byteOffset, o.byteLength).lastIndexOf(Buffer.from([0xff, 0xd9]));
      return dimensions && eoi > i ? dimensions : null;
    }
    i += 2 + longueur;
  }
  return null;
}

export function verifierStructureImage(
  format: "png" | "jpeg",
  o: Uint8Array,
): { ok: true; dimensions: Dimensions } | Refus {
  const d = format === "png" ? dimensionsPng(o) : dimensionsJpeg(o);
  if (!d || d.largeur < 1 || d.hauteur < 1) return refus("image_illisible", ILLISIBLE);
  if (d.largeur > COTE_MAX_PIXELS || d.hauteur > COTE_MAX_PIXELS || d.largeur * d.hauteur > SURFACE_MAX_PIXELS) {
    return refus(
      "image_trop_grande",
      `Cette image est trop grande (${d.largeur} × ${d.hauteur} pixels). Réduisez-la ou reprenez la photo, puis déposez-la.`,
    );
  }
  return { ok: true, dimensions: d };
}
