// The name a file is shown and downloaded under. It comes from the person's computer, so it is reduced to a plain
// name: no folders, no control or reserved characters, bounded length, and the extension of what the file really
// is (`avis.exe` that is a PDF becomes `avis.pdf`). The stored file itself is named by its id, never by this.

export const LONGUEUR_MAX_NOM = 120;

// Control characters, bidi overrides (they can disguise "fdp.exe" as "exe.pdf"), and characters reserved on
// common file systems.
const INTERDITS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"/\\|?*]/g;

export function assainirNomFichier(brut: string, extension: string): string {
  const dernier = brut.split(/[/\\]/).pop() ?? "";
  let base = dernier.normalize("NFC").replace(INTERDITS, " ").replace(/\s+/g, " ").trim();
  // Every trailing extension goes (`avis.pdf.exe` → `avis`): the real one is put back below.
  base = base.replace(/(\.[A-Za-z0-9]{1,5})+$/, "").replace(/^[.\s]+|[.\s]+$/g, "");
  if (base === "") base = "document";
  const max = LONGUEUR_MAX_NOM - extension.length - 1;
  if (base.length > max) base = Array.from(base).slice(0, max).join("").trimEnd();
  return `${base}.${extension}`;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 5987), so that
 * accented names survive and no quote or line break can break out of the header.
 */
export function enTetePieceJointe(nom: string): string {
  const repli = nom
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encode = encodeURIComponent(nom).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${repli}"; filename*=UTF-8''${encode}`;
}
