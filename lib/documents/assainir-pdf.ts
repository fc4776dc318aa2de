import "server-only";

// Every accepted PDF is stored rewritten, never as uploaded. pdf-lib (the maintained @cantoo fork, MIT) parses it,
// and only its pages are carried into a brand-new document: page geometry, resources and content. The catalogue
// (/OpenAction, /Names with scripts and embedded files, /AcroForm and its XFA), page actions (/AA) and annotations
// (links, /Launch, /URI, attachments) are left behind. The result is then walked object by object: if any entry
// that can act when the file is opened is still reachable (e.g. hidden in a font or a resource), the file is refused.
// It is saved in one revision (no incremental update), without object streams.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream } from "@cantoo/pdf-lib";

/** Entries a page keeps: what is needed to draw it. Everything else (/Annots, /AA, /Thumb, /B…) is dropped. */
const CLES_DE_PAGE = new Set([
  "Type",
  "Parent",
  "MediaBox",
  "CropBox",
  "BleedBox",
  "TrimBox",
  "ArtBox",
  "Rotate",
  "Resources",
  "Contents",
  "UserUnit",
]);

/** Names that make a PDF act rather than be read (keys or values). */
const NOMS_ACTIFS = new Set([
  "JS",
  "JavaScript",
  "OpenAction",
  "AA",
  "Launch",
  "EmbeddedFile",
  "EmbeddedFiles",
  "URI",
  "SubmitForm",
  "ImportData",
  "RichMedia",
  "XFA",
  "GoToR",
  "GoToE",
]);

const LIMITES_PDF = { pages: 100, objets: 50_000 };

export type PdfAssaini = { ok: true; octets: Uint8Array } | { ok: false; raison: "illisible" | "trop_grand" | "actif" };

function contientNomActif(valeur: unknown, vus: Set<unknown>): boolean {
  if (vus.has(valeur)) return false;
  vus.add(valeur);
  if (valeur instanceof PDFName) return NOMS_ACTIFS.has(valeur.decodeText());
  if (valeur instanceof PDFArray) return valeur.asArray().some((v) => contientNomActif(v, vus));
  const dict = valeur instanceof PDFStream ? valeur.dict : valeur instanceof PDFDict ? valeur : null;
  if (!dict) return false;
  for (const [cle, v] of dict.entries()) {
    if (NOMS_ACTIFS.has(cle.decodeText()) || contientNomActif(v, vus)) return true;
  }
  return false;
}

export async function assainirPdf(octets: Uint8Array): Promise<PdfAssaini> {
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(octets, { throwOnInvalidObject: true, updateMetadata: false });
  } catch {
    return { ok: false, raison: "illisible" };
  }
  if (source.context.enumerateIndirectObjects().length > LIMITES_PDF.objets) return { ok: false, raison: "trop_grand" };
  const pages = source.getPages();
  if (pages.length === 0) return { ok: false, raison: "illisible" };
  if (pages.length > LIMITES_PDF.pages) return { ok: false, raison: "trop_grand" };
  for (const page of pages) {
    for (const cle of page.node.keys()) if (!CLES_DE_PAGE.has(cle.decodeText())) page.node.delete(cle);
  }
  try {
    const propre = await PDFDocument.create({ updateMetadata: false });
    const copies = await propre.copyPages(
      source,
      pages.map((_, i) => i),
    );
    for (const copie of copies) propre.addPage(copie);
    const vus = new Set<unknown>();
    for (const [, objet] of propre.context.enumerateIndirectObjects()) {
      if (contientNomActif(objet, vus)) return { ok: false, raison: "actif" };
    }
    return { ok: true, octets: await propre.save({ useObjectStreams: false, addDefaultPage: false }) };
  } catch {
    return { ok: false, raison: "illisible" };
  }
}
