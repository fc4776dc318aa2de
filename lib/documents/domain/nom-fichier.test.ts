import { describe, expect, it } from "vitest";

import { assainirNomFichier, enTetePieceJointe, LONGUEUR_MAX_NOM } from "./nom-fichier";

describe("nom de fichier affiché et téléchargé", () => {
  it.each([
    ["avis-2025.pdf", "pdf", "avis-2025.pdf"],
    ["Avis d'impôt 2025.PDF", "pdf", "Avis d'impôt 2025.pdf"],
    ["facture.exe", "pdf", "facture.pdf"],
    ["avis.pdf.exe", "pdf", "avis.pdf"],
    ["photo.jpeg", "jpg", "photo.jpg"],
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["C:\\Users\\marianne\\Bureau\\avis.pdf", "pdf", "avis.pdf"],
    ["re\u202Efdp.exe", "pdf", "re fdp.pdf"],
    ['a<b>c:"d|e?f*.png', "png", "a b c d e f.png"],
    ["lig\nne\r\t.pdf", "pdf", "lig ne.pdf"],
    ["", "pdf", "document.pdf"],
    ["....", "png", "document.png"],
    [".htaccess", "pdf", "htaccess.pdf"],
  ])("étant donné « %s » (%s), le nom retenu est « %s »", (brut, extension, attendu) => {
    expect(assainirNomFichier(brut, extension)).toBe(attendu);
  });

  it("borne la longueur sans couper l'extension", () => {
    const nom = assainirNomFichier(`${"é".repeat(300)}.pdf`, "pdf");
    expect(nom.length).toBe(LONGUEUR_MAX_NOM);
    expect(nom.endsWith("é.pdf")).toBe(true);
  });

  it("l'en-tête de pièce jointe garde le nom exact en UTF-8 et un repli ASCII sans guillemet", () => {
    expect(enTetePieceJointe('Avis d\'impôt "2025".pdf')).toBe(
      "attachment; filename=\"Avis d'impot _2025_.pdf\"; filename*=UTF-8''Avis%20d%27imp%C3%B4t%20%222025%22.pdf",
    );
  });
});
