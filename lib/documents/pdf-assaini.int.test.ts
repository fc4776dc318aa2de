import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { fichiers } from "@/tests/support/fichiers-de-test";
import { defautsDuPdf, qpdfDisponible } from "@/tests/support/pdf-propre";
import { creerFamille, depotsDeTest } from "@/tests/support/pieces";
import { enregistrerDocument } from "./depot.mutation";

const maintenant = new Date("2026-09-01T10:00:00Z");

// Each hostile PDF is either refused (nothing stored) or stored rewritten, and then qpdf, a parser independent of
// the sanitiser, finds no active entry and a single revision in the stored file.
const hostiles: [string, () => Buffer][] = [
  ["le JavaScript caché derrière des commentaires %stream … %endstream", fichiers.pdfJavaScriptDerriereCommentaires],
  ["un /OpenAction JavaScript", fichiers.pdfJavaScript],
  ["un /JavaScript écrit avec des échappements #xx", fichiers.pdfJavaScriptMasque],
  ["un /JavaScript dans un flux d'objets compressé", fichiers.pdfJavaScriptDansFluxObjets],
  ["un /Launch", fichiers.pdfLancement],
  ["un /EmbeddedFile", fichiers.pdfFichierJoint],
  ["un lien /URI et une action de page /AA", fichiers.pdfLien],
  ["une mise à jour incrémentale", fichiers.pdfIncremental],
  ["une bombe de décompression dans un flux d'objets", () => fichiers.pdfBombe(200 * 1024 * 1024)],
  ["un PDF tronqué", fichiers.pdfTronque],
  ["un PDF ordinaire", fichiers.pdf],
];

surLesDeuxBases("PDF déposés : refusés ou réécrits propres", (base) => {
  describe.skipIf(!qpdfDisponible())("jugés par qpdf", () => {
    it.each(hostiles)("%s", async (_, fabriquer) => {
      const db = base().prisma;
      const deps = depotsDeTest();
      const f = await creerFamille(db);
      const resultat = await enregistrerDocument(db, deps, {
        acteur: f.acteur,
        foyerId: f.foyerId,
        dossierId: null,
        type: "avis_imposition",
        nomFichier: "avis.pdf",
        octets: fabriquer(),
        maintenant,
      }).catch((e: unknown) => e);
      if (resultat instanceof ErreurMetier) {
        expect(resultat.champ).toBe("fichier");
        expect(deps.fichiersDuFoyer(f.foyerId)).toEqual([]);
        return;
      }
      if (resultat instanceof Error || !resultat || typeof resultat !== "object") throw resultat;
      const { id } = resultat as { id: string };
      const stocke = readFileSync(path.join(deps.racine, f.foyerId, id));
      expect(defautsDuPdf(stocke)).toEqual([]);
    });
  });
});
