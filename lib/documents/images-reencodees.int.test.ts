import { readFileSync } from "node:fs";
import path from "node:path";

import sharp from "sharp";
import { expect, it } from "vitest";

import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { fichiers } from "@/tests/support/fichiers-de-test";
import { creerFamille, depotsDeTest } from "@/tests/support/pieces";
import { enregistrerDocument } from "./depot.mutation";

const maintenant = new Date("2026-09-01T10:00:00Z");

/** A phone photo of a tax notice: JPEG with the camera, the date and the GPS position in its EXIF block. */
async function photoAvecGps(orientation?: number): Promise<Buffer> {
  const photo = sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 240, g: 240, b: 235 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Telephone", Model: "Modele 12" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 37/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "2/1 24/1 0/1" },
    });
  return (orientation ? photo.withMetadata({ orientation }) : photo).toBuffer();
}

/** The EXIF GPS pointer tag (0x8825), in either byte order. */
const contientGps = (exif: Buffer) =>
  exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

surLesDeuxBases("images déposées : décodées et réencodées", (base) => {
  async function deposer(octets: Buffer, nomFichier = "photo.jpg") {
    const db = base().prisma;
    const deps = depotsDeTest();
    const f = await creerFamille(db);
    const resultat = await enregistrerDocument(db, deps, {
      acteur: f.acteur,
      foyerId: f.foyerId,
      dossierId: null,
      type: "avis_imposition",
      nomFichier,
      octets,
      maintenant,
    }).catch((e: unknown) => e);
    const stocke =
      resultat && typeof resultat === "object" && "id" in resultat
        ? readFileSync(path.join(deps.racine, f.foyerId, (resultat as { id: string }).id))
        : null;
    return { resultat, stocke, fichiers: deps.fichiersDuFoyer(f.foyerId) };
  }

  it("une photo de téléphone perd ses données EXIF, dont sa position GPS", async () => {
    const photo = await photoAvecGps();
    const avant = await sharp(photo).metadata();
    expect(avant.exif && contientGps(avant.exif)).toBe(true); // the test file really carries a position
    const { stocke } = await deposer(photo);
    expect(stocke).not.toBeNull();
    const apres = await sharp(stocke!).metadata();
    expect(apres).toMatchObject({ format: "jpeg", width: 64, height: 48 });
    expect(apres.exif).toBeUndefined();
    expect(stocke!.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false);
    expect(stocke!.includes(Buffer.from("Telephone", "latin1"))).toBe(false);
  });

  it("une photo prise de côté est redressée avant que son orientation EXIF ne soit retirée", async () => {
    const photo = await photoAvecGps(6); // 6: to be shown rotated 90° clockwise
    expect(await sharp(photo).metadata()).toMatchObject({ width: 64, height: 48, orientation: 6 });
    const { stocke } = await deposer(photo);
    const apres = await sharp(stocke!).metadata();
    expect(apres).toMatchObject({ width: 48, height: 64 });
    expect(apres.orientation).toBeUndefined();
  });

  it("un polyglotte JPEG + ZIP est stocké sans l'archive qui le suivait", async () => {
    const polyglotte = fichiers.jpegZip();
    expect(polyglotte.includes(Buffer.from("PK\x03\x04", "latin1"))).toBe(true);
    const { stocke } = await deposer(polyglotte);
    expect(stocke).not.toBeNull();
    expect(stocke!.includes(Buffer.from("PK", "latin1"))).toBe(false);
    expect(stocke!.includes(Buffer.from("lisez-moi", "latin1"))).toBe(false);
    expect(stocke!.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(await sharp(stocke!).metadata()).toMatchObject({ format: "jpeg", width: 64, height: 48 });
  });

  it("une image PNG est réencodée en PNG de mêmes dimensions", async () => {
    const { stocke } = await deposer(fichiers.png(40, 30), "capture.png");
    expect(await sharp(stocke!).metadata()).toMatchObject({ format: "png", width: 40, height: 30 });
  });

  it.each([
    ["un JPEG tronqué (fin d'image remise après la coupure)", fichiers.jpegTronque],
    ["un PNG tronqué (IEND ajouté après des pixels coupés)", fichiers.pngTronque],
  ])("%s est refusé avec un message clair", async (_, fabriquer) => {
    const { resultat, fichiers: stockes } = await deposer(fabriquer());
    expect(resultat).toBeInstanceOf(ErreurMetier);
    expect(resultat).toMatchObject({ code: "image_illisible", champ: "fichier" });
    expect((resultat as ErreurMetier).message).toMatch(/endommagée ou incomplète/);
    expect(stockes).toEqual([]);
  });
});
