// The numéro fiscal (SPI) as a citizen types it: 13 digits, printed in groups on the tax notice, so spaces are
// tolerated. Pure; the error messages are shown next to the field.

type Spi = string & { readonly __marque: "Spi" };

export type LectureSpi = { ok: true; spi: Spi } | { ok: false; erreur: string };

const AIDE = "Il figure en haut à gauche de la première page de votre avis d'impôt.";

export function lireSpi(saisie: string): LectureSpi {
  // Ordinary, non-breaking and thin spaces: what copying from a PDF notice produces.
  const compact = saisie.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return { ok: false, erreur: `Saisissez votre numéro fiscal (13 chiffres). ${AIDE}` };
  if (!/^\d+$/.test(compact))
    return { ok: false, erreur: `Le numéro fiscal ne contient que des chiffres (13 chiffres). ${AIDE}` };
  if (compact.length !== 13) {
    const n = compact.length;
    return { ok: false, erreur: `Le numéro fiscal compte 13 chiffres ; vous en avez saisi ${n}. ${AIDE}` };
  }
  return { ok: true, spi: compact as Spi };
}
