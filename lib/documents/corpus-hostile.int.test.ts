import { readFileSync } from "node:fs";
import path from "node:path";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { clamdDisponible, demarrerClamd, type ClamdDeTest } from "@/tests/support/clamd";
import { fichiers } from "@/tests/support/fichiers-de-test";
import { defautsDuPdf, qpdfDisponible } from "@/tests/support/pdf-propre";
import { creerFamille, depotsDeTest } from "@/tests/support/pieces";
import { antivirusClamd } from "./antivirus";
import { enregistrerDocument } from "./depot.mutation";

const maintenant = new Date("2026-09-01T10:00:00Z");
const MO = 1024 * 1024;

// The hostile files of issue 12, all generated here, each deposited through the real upload path (checks, real
// ClamAV when present, sanitiser or re-encoder). Each must be refused with a French message next to the field and
// nothing stored, or stored clean: a PDF judged by qpdf, an image that sharp decodes and that ends where the image
// ends (no archive or program after it), without EXIF.
const SIGNALE = fichiers.png(9, 7);
const corpus: [string, () => Buffer, string][] = [
  [
    "du JavaScript caché derrière des commentaires %stream … %endstream",
    fichiers.pdfJavaScriptDerriereCommentaires,
    "avis.pdf",
  ],
  ["un /Launch", fichiers.pdfLancement, "avis.pdf"],
  ["un /EmbeddedFile", fichiers.pdfFichierJoint, "avis.pdf"],
  ["un lien /URI", fichiers.pdfLien, "avis.pdf"],
  ["une bombe de décompression dans un flux d'objets", () => fichiers.pdfBombe(200 * MO), "avis.pdf"],
  ["un polyglotte JPEG + ZIP", fichiers.jpegZip, "photo.jpg"],
  ["un programme Windows (PE) renommé en .pdf", fichiers.exe, "avis.pdf"],
  ["un programme Linux (ELF) renommé en .jpg", fichiers.elf, "photo.jpg"],
  ["un programme Windows (PE) renommé en .jpg", fichiers.exe, "photo.jpg"],
  ["un PDF tronqué", fichiers.pdfTronque, "avis.pdf"],
  ["un JPEG tronqué", fichiers.jpegTronque, "photo.jpg"],
  ["un PNG tronqué", fichiers.pngTronque, "capture.png"],
  ["un fichier trop volumineux", () => Buffer.concat([fichiers.pdf(), Buffer.alloc(10 * MO)]), "avis.pdf"],
];

function finDImage(stocke: Buffer, format: string | undefined): boolean {
  if (format === "jpeg") return stocke.subarray(-2).equals(Buffer.from([0xff, 0xd9]));
  return stocke.subarray(-12).equals(Buffer.from("0000000049454e44ae426082", "hex")); // empty IEND chunk + CRC
}

surLesDeuxBases("corpus de fichiers hostiles : refusés ou stockés propres", (base) => {
  const avecClamd = clamdDisponible();
  let clamd: ClamdDeTest | undefined;
  beforeAll(async () => {
    if (avecClamd) clamd = await demarrerClamd([{ nom: "Portail-Famille.Corpus", octets: SIGNALE }]);
  });
  afterAll(() => clamd?.arreter());

  const cas: [string, () => Buffer, string][] = [
    ...corpus,
    ...(avecClamd
      ? [
          ["le fichier de la signature d'essai (ClamAV)", () => SIGNALE, "attestation.png"] as [
            string,
            () => Buffer,
            string,
          ],
        ]
      : []),
  ];

  describe.skipIf(!qpdfDisponible())("dépôt", () => {
    it.each(cas)("%s", async (_, fabriquer, nomFichier) => {
      const db = base().prisma;
      const deps = depotsDeTest(clamd ? { antivirus: antivirusClamd(clamd.adresse) } : {});
      const f = await creerFamille(db);
      const resultat = await enregistrerDocument(db, deps, {
        acteur: f.acteur,
        foyerId: f.foyerId,
        dossierId: null,
        type: "avis_imposition",
        nomFichier,
        octets: fabriquer(),
        maintenant,
      }).catch((e: unknown) => e);
      if (resultat instanceof ErreurMetier) {
        expect(resultat.champ).toBe("fichier");
        // A whole French sentence for the person, never a library's error text.
        expect(resultat.message).toMatch(/^[A-ZÀ-Ý][^]+\.$/);
        expect(resultat.message).not.toMatch(/error|vips|libpng|undefined/i);
        expect(deps.fichiersDuFoyer(f.foyerId)).toEqual([]);
        return;
      }
      if (resultat instanceof Error || !resultat || typeof resultat !== "object") throw resultat;
      const { id, typeMime } = resultat as { id: string; typeMime: string };
      const stocke = readFileSync(path.join(deps.racine, f.foyerId, id));
      if (typeMime === "application/pdf") {
        expect(defautsDuPdf(stocke)).toEqual([]);
      } else {
        const m = await sharp(stocke).metadata();
        expect(m.exif).toBeUndefined();
        expect(finDImage(stocke, m.format)).toBe(true);
        expect(stocke.includes(Buffer.from("PK\x03\x04", "latin1"))).toBe(false);
      }
    });
  });
});
