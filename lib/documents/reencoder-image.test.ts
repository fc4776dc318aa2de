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

  it("des octets qui ne sont pas une image sont refusés comme illisibles", async () => {
    expect(await reencoderImage("jpeg", fichiers.elf())).toEqual({ ok: false, raison: "illisible" });
  });
});
