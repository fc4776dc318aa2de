import { describe, expect, it } from "vitest";

import { fichiers, png } from "@/tests/support/fichiers-de-test";
import { analyserFichier } from "./analyser-fichier";
import { BUDGET_DECOMPRESSION_OCTETS } from "./structure-pdf";

const MAX = 10 * 1024 * 1024;

describe("analyse d'un fichier déposé", () => {
  it.each([
    ["un PDF d'une page", fichiers.pdf(), "application/pdf", "pdf"],
    ["un PDF enregistré par mise à jour incrémentale", fichiers.pdfIncremental(), "application/pdf", "pdf"],
    ["une image PNG", fichiers.png(), "image/png", "png"],
    ["une photo JPEG", fichiers.jpeg(), "image/jpeg", "jpg"],
  ])("étant donné %s, il est accepté avec son vrai type", (_, octets, typeMime, extension) => {
    expect(analyserFichier(octets, MAX)).toMatchObject({ ok: true, typeMime, extension });
  });

  it("lit les dimensions des images dans leur en-tête", () => {
    expect(analyserFichier(fichiers.png(40, 30), MAX)).toMatchObject({ dimensions: { largeur: 40, hauteur: 30 } });
    expect(analyserFichier(fichiers.jpeg(640, 480), MAX)).toMatchObject({ dimensions: { largeur: 640, hauteur: 480 } });
    expect(analyserFichier(fichiers.pdf(), MAX)).toMatchObject({ dimensions: null });
  });

  it.each([
    ["un fichier vide", Buffer.alloc(0), "fichier_vide", /vide/],
    ["un programme renommé en .pdf", fichiers.exe(), "format_refuse", /ni un PDF, ni une image PNG ou JPEG/],
    ["une page HTML", fichiers.html(), "format_refuse", /ni un PDF/],
    ["un PDF avec une action JavaScript", fichiers.pdfJavaScript(), "pdf_contenu_actif", /contenu actif/],
    [
      "un PDF dont /JavaScript est masqué par des #xx",
      fichiers.pdfJavaScriptMasque(),
      "pdf_contenu_actif",
      /contenu actif/,
    ],
    [
      "un PDF dont le script est caché dans un flux d'objets compressé",
      fichiers.pdfJavaScriptDansFluxObjets(),
      "pdf_contenu_actif",
      /contenu actif/,
    ],
    ["un PDF qui lance un programme", fichiers.pdfLancement(), "pdf_contenu_actif", /contenu actif/],
    ["un PDF avec un fichier joint", fichiers.pdfFichierJoint(), "pdf_contenu_actif", /fichier joint/],
    ["un PDF chiffré", fichiers.pdfChiffre(), "pdf_chiffre", /protégé/],
    ["un PDF tronqué (sans %%EOF)", fichiers.pdfTronque(), "pdf_incomplet", /incomplet/],
    [
      "un PDF dont le flux d'objets n'est pas décodable",
      fichiers.pdfFluxObjetsIllisible(),
      "pdf_non_verifiable",
      /ne peut pas être vérifié/,
    ],
    [
      "un PDF qui se décompresse au-delà du budget (bombe)",
      fichiers.pdfBombe(BUDGET_DECOMPRESSION_OCTETS + 1024),
      "pdf_non_verifiable",
      /ne peut pas être vérifié/,
    ],
    ["un en-tête PNG seul", fichiers.png().subarray(0, 12), "image_illisible", /endommagée/],
    [
      "un PNG sans bloc de fin",
      fichiers.png().subarray(0, fichiers.png().length - 12),
      "image_illisible",
      /endommagée/,
    ],
    ["un PNG de largeur nulle", png(4, 3, { largeur: 0 }), "image_illisible", /endommagée/],
    [
      "un PNG qui annonce 100 000 × 100 000 pixels",
      png(4, 3, { largeur: 100_000, hauteur: 100_000 }),
      "image_trop_grande",
      /trop grande/,
    ],
    ["un JPEG coupé avant ses données", fichiers.jpeg().subarray(0, 40), "image_illisible", /endommagée/],
    [
      "un JPEG sans marqueur de fin",
      fichiers.jpeg().subarray(0, fichiers.jpeg().length - 2),
      "image_illisible",
      /endommagée/,
    ],
  ])("étant donné %s, il est refusé avec une raison claire", (_, octets, code, message) => {
    const r = analyserFichier(octets, MAX);
    expect(r).toMatchObject({ ok: false, code });
    expect(r.ok ? "" : r.message).toMatch(message);
  });

  it("refuse un fichier trop volumineux en donnant sa taille et la limite", () => {
    const r = analyserFichier(Buffer.concat([fichiers.pdf(), Buffer.alloc(MAX)]), MAX);
    expect(r).toMatchObject({ ok: false, code: "fichier_trop_volumineux" });
    expect(r.ok ? "" : r.message).toMatch(/fait 10 Mo : la taille maximale est de 10 Mo/);
    expect(analyserFichier(fichiers.pdf(), 100)).toMatchObject({ ok: false, code: "fichier_trop_volumineux" });
  });

  it("un PDF qui se décompresse sous le budget reste accepté", () => {
    expect(analyserFichier(fichiers.pdfBombe(1024 * 1024), MAX)).toMatchObject({ ok: true });
  });
});
