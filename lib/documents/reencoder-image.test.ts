import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { fichiers, pngImmense } from "@/tests/support/fichiers-de-test";
import { SURFACE_MAX_PIXELS } from "./domain/structure-image";
import { reencoderImage } from "./reencoder-image";

describe("réencodage d'une image", () => {
  it("une image de plus de pixels que la limite est refusée avant d'être décodée", async () => {
    // 1-bit greyscale, 20 001 × 10 000: 25 MB once inflated, over 200 Mpx (600 MB in RGB) once decoded.
    const bombe = pngImmense(20_001, 10_000);
    expect(20_001 * 10_000).toBeGreaterThan(SURFACE_MAX_PIXELS);
    expect(await reencoderImage("png", bombe)).toEqual({ ok: false, raison: "trop_grande" });
  });

  it("le profil ICC et le bloc XMP restent derrière (couleurs ramenées en sRGB)", async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>';
    const photo = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 200, g: 10, b: 10 } } })
      .jpeg()
      .withIccProfile("p3")
      .withXmp(xmp)
      .toBuffer();
    expect(await sharp(photo).metadata()).toMatchObject({ icc: expect.any(Buffer), xmp: expect.any(Buffer) });
    const r = await reencoderImage("jpeg", photo);
    if (!r.ok) throw new Error(r.raison);
    const apres = await sharp(r.octets).metadata();
    expect(apres).toMatchObject({ format: "jpeg", space: "srgb", width: 32, height: 24 });
    expect(apres.icc).toBeUndefined();
    expect(apres.xmp).toBeUndefined();
  });

  it("des octets qui ne sont pas une image sont refusés comme illisibles", async () => {
    expect(await reencoderImage("jpeg", fichiers.elf())).toEqual({ ok: false, raison: "illisible" });
  });
});
