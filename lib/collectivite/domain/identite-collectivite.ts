// What the collectivité's identity must satisfy: a SIRET that is one (14 digits and its Luhn key), a logo served by
// the portal itself (a local path: the Content-Security-Policy loads images from this site only) and a main colour
// that keeps text readable where the interface uses it (WCAG AA, 4.5:1).
import { wcagContrast } from "culori";

/** Luhn's check on digits (the SIREN and the SIRET keys). */
function luhn(chiffres: string): boolean {
  let somme = 0;
  for (let i = 0; i < chiffres.length; i++) {
    let c = Number(chiffres[chiffres.length - 1 - i]);
    if (i % 2 === 1) {
      c *= 2;
      if (c > 9) c -= 9;
    }
    somme += c;
  }
  return somme % 10 === 0;
}

/** La Poste's establishments (SIREN 356 000 000) escape Luhn: the sum of their SIRET's digits is a multiple of 5. */
const SIREN_LA_POSTE = "356000000";

export function siretValide(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (luhn(siret)) return true;
  return siret.startsWith(SIREN_LA_POSTE) && [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0;
}

/** A path of this site to an image: /dossier/nom.png (png, jpg, svg, webp), no `..`, no other host. */
export function cheminLogoValide(chemin: string): boolean {
  return (
    chemin.length <= 300 &&
    /^\/[A-Za-z0-9_-][A-Za-z0-9/_.-]*\.(png|jpe?g|svg|webp)$/i.test(chemin) &&
    !chemin.includes("..") &&
    !chemin.includes("//")
  );
}

/**
 * The light backgrounds the main colour is read on (links and outlined buttons) or carries white text over (filled
 * buttons): white, the page background and the light tint of app/globals.css.
 */
const FONDS_CLAIRS = ["#ffffff", "#f8fafc", "#dbeafe"] as const;
export const CONTRASTE_MINIMAL = 4.5;

/** The lowest contrast of the colour with those backgrounds, rounded down to 0.1. */
export function contrasteMinimal(couleur: string): number {
  return Math.floor(Math.min(...FONDS_CLAIRS.map((f) => wcagContrast(couleur, f))) * 10) / 10;
}

export function couleurLisible(couleur: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(couleur) && contrasteMinimal(couleur) >= CONTRASTE_MINIMAL;
}
