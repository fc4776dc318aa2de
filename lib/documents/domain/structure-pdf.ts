// Structure check of an uploaded PDF. A tax notice is a plain document: header, end-of-file marker, pages. Anything
// that can act when the file is opened (scripts, launching a program, embedded files, forms that submit or run
// XFA scripts) has no business in it and is refused. The check reads the file's dictionaries, including those
// packed inside compressed object streams (PDF 1.5+), where such entries would otherwise hide.
import { constants, inflateSync } from "node:zlib";

import { refus, type Refus } from "./resultat";

/** Names that make a PDF act rather than be read. `/JS` and `/JavaScript` cover every script entry point. */
const NOMS_ACTIFS = new Set([
  "JavaScript",
  "JS",
  "Launch",
  "EmbeddedFile",
  "EmbeddedFiles",
  "RichMedia",
  "SubmitForm",
  "ImportData",
  "XFA",
]);

/** Decompression budget for object streams: a small file must not expand into gigabytes (zip bomb). */
export const BUDGET_DECOMPRESSION_OCTETS = 128 * 1024 * 1024;

const MESSAGE_ACTIF =
  "Ce PDF contient du contenu actif (script, lancement de programme, fichier joint ou formulaire) : il est refusé par sécurité. Ouvrez-le, choisissez « Imprimer » puis « Enregistrer au format PDF », et déposez cette copie.";
const MESSAGE_INCOMPLET =
  "Ce PDF est incomplet ou endommagé (sa fin est absente). Téléchargez-le ou enregistrez-le à nouveau, puis déposez-le.";
const MESSAGE_NON_VERIFIABLE =
  "Le contenu de ce PDF ne peut pas être vérifié (compression inhabituelle ou données endommagées). Ouvrez-le, choisissez « Imprimer » puis « Enregistrer au format PDF », et déposez cette copie.";

// PDF delimiters and white space end a name: ( ) < > [ ] { } / % and NUL, TAB, LF, FF, CR, SPACE.
const NOM = /\/([^\x00\t\n\f\r ()<>[\]{}/%]*)/g;

/** PDF names may spell characters as #xx (`/J#61vaScript` is `/JavaScript`). */
function decoderNom(brut: string): string {
  return brut.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function noms(texte: string): Set<string> {
  const trouves = new Set<string>();
  for (const m of texte.matchAll(NOM)) trouves.add(decoderNom(m[1]!));
  return trouves;
}

const INDICES = [...NOMS_ACTIFS, "#"].map((n) => Buffer.from(n, "latin1"));

/** Tokenising megabytes of decompressed dictionaries is slow: skip it when no active name (nor an escape) occurs at all. */
function contientNomActif(octets: Buffer): boolean {
  if (!INDICES.some((i) => octets.includes(i))) return false;
  for (const n of noms(octets.toString("latin1"))) if (NOMS_ACTIFS.has(n)) return true;
  return false;
}

interface Flux {
  dictionnaire: string;
  debut: number;
  fin: number;
}

/**
 * Splits the file into its syntax (dictionaries, arrays, trailer: scanned as text) and its stream bodies (binary:
 * scanning them as text would find `/JS` in random bytes). Each body runs from after `stream` + EOL to `endstream`.
 */
function decouper(texte: string): { syntaxe: string; flux: Flux[] } {
  const flux: Flux[] = [];
  const morceaux: string[] = [];
  const motif = /stream\r?\n/g;
  let curseur = 0;
  for (let m = motif.exec(texte); m; m = motif.exec(texte)) {
    if (m.index < curseur || texte.startsWith("end", m.index - 3)) continue;
    const debut = m.index + m[0].length;
    const fin = texte.indexOf("endstream", debut);
    if (fin < 0) break;
    const avant = texte.slice(curseur, m.index);
    morceaux.push(avant);
    const obj = avant.lastIndexOf("obj");
    flux.push({ dictionnaire: obj >= 0 ? avant.slice(obj) : avant.slice(-4096), debut, fin });
    curseur = fin + "endstream".length;
    motif.lastIndex = curseur;
  }
  morceaux.push(texte.slice(curseur));
  return { syntaxe: morceaux.join("\n"), flux };
}

/** An object stream holds other objects' dictionaries (`/First` and `/N` are required there, `/Type` is not). */
function estFluxDObjets(dictionnaire: string): boolean {
  const n = noms(dictionnaire);
  return n.has("ObjStm") || (n.has("First") && n.has("N"));
}

/** The stream's filters, in order; null when /Filter is not a plain name or array of names (e.g. indirect). */
function filtres(dictionnaire: string): string[] | null {
  const m = /\/Filter\s*(\/[^\s/[\]<>()]+|\[[^\]]*\])/.exec(dictionnaire);
  if (!m) return /\/Filter\b/.test(dictionnaire) ? null : [];
  return [...m[1]!.matchAll(NOM)].map((x) => decoderNom(x[1]!));
}

function retirerFinDeLigne(octets: Uint8Array): Uint8Array {
  let fin = octets.length;
  if (octets[fin - 1] === 0x0a) fin--;
  if (octets[fin - 1] === 0x0d) fin--;
  return octets.subarray(0, fin);
}

export function verifierStructurePdf(octets: Uint8Array): { ok: true } | Refus {
  const texte = Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength).toString("latin1");
  if (!/^%PDF-\d\.\d/.test(texte)) return refus("pdf_incomplet", MESSAGE_INCOMPLET);
  if (!texte.slice(-1024).includes("%%EOF")) return refus("pdf_incomplet", MESSAGE_INCOMPLET);
  const { syntaxe, flux } = decouper(texte);
  const nomsSyntaxe = noms(syntaxe);
  if (nomsSyntaxe.has("Encrypt")) {
    return refus(
      "pdf_chiffre",
      "Ce PDF est protégé (chiffré) : son contenu ne peut pas être vérifié. Déposez une version sans protection (« Imprimer » puis « Enregistrer au format PDF »).",
    );
  }
  for (const n of nomsSyntaxe) if (NOMS_ACTIFS.has(n)) return refus("pdf_contenu_actif", MESSAGE_ACTIF);

  let budget = BUDGET_DECOMPRESSION_OCTETS;
  for (const f of flux.filter((x) => estFluxDObjets(x.dictionnaire))) {
    const chaine = filtres(f.dictionnaire);
    const corps = retirerFinDeLigne(octets.subarray(f.debut, f.fin));
    let contenu: Buffer;
    if (chaine === null || chaine.length > 1 || (chaine.length === 1 && chaine[0] !== "FlateDecode")) {
      return refus("pdf_non_verifiable", MESSAGE_NON_VERIFIABLE);
    }
    try {
      // Z_SYNC_FLUSH: a truncated stream yields what readers would also read, rather than an error.
      contenu =
        chaine.length === 0
          ? Buffer.from(corps)
          : inflateSync(corps, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, budget) });
    } catch {
      return refus("pdf_non_verifiable", MESSAGE_NON_VERIFIABLE);
    }
    budget -= contenu.length;
    if (budget <= 0) return refus("pdf_non_verifiable", MESSAGE_NON_VERIFIABLE);
    if (contientNomActif(contenu)) return refus("pdf_contenu_actif", MESSAGE_ACTIF);
  }
  return { ok: true };
}
