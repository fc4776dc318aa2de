import "server-only";

// Every accepted image is stored re-encoded, never as uploaded. sharp (Apache-2.0, on libvips) decodes the pixels
// and writes a brand-new file of the same format from them alone: EXIF (camera, date, GPS position of a phone
// photo), XMP, IPTC, ICC and comments stay behind, and so does anything after the image's end (a ZIP archive glued
// to a JPEG, "polyglot" files). The photo is first turned upright from its EXIF orientation, which is then dropped.
// The decoder refuses more pixels than the structure check allows, and any decoding warning: a truncated or
// corrupt image is refused rather than stored half grey.
import sharp from "sharp";

import { SURFACE_MAX_PIXELS } from "./domain/structure-image";

// Each upload is decoded once: libvips' operation cache would only keep untrusted pixels in memory.
sharp.cache(false);

export type ImageReencodee = { ok: true; octets: Uint8Array } | { ok: false; raison: "illisible" | "trop_grande" };

export async function reencoderImage(format: "png" | "jpeg", octets: Uint8Array): Promise<ImageReencodee> {
  try {
    const image = sharp(octets, { failOn: "warning", limitInputPixels: SURFACE_MAX_PIXELS, autoOrient: true });
    const sortie = format === "jpeg" ? image.jpeg({ quality: 90 }) : image.png({ compressionLevel: 9 });
    return { ok: true, octets: await sortie.toBuffer() };
  } catch (e) {
    const message = e instanceof Error ? e.message : "";
    return { ok: false, raison: /pixel limit/i.test(message) ? "trop_grande" : "illisible" };
  }
}
