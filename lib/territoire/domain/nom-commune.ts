// Normalises a commune name so that the DGFiP's adresse fiscale (aftDetail: uppercase, no hyphens, "ST" for
// "SAINT", sometimes "CEDEX", the article after the name as in the INSEE's lists: "AULNES (LES)") and the
// territory's official names ("Saint-Amand-de-Lys", "Les Aulnes") compare equal.

const ABREVIATIONS: Record<string, string> = { ST: "SAINT", STE: "SAINTE", STS: "SAINTS", STES: "SAINTES" };

export function normaliserNomCommune(nom: string): string {
  const majuscules = nom
    .normalize("NFD")
    .replace(/\p{M}/gu, "") // accents
    .toUpperCase()
    .replace(/Œ/g, "OE")
    .replace(/Æ/g, "AE")
    .replace(/\bS\/\s*/g, "SUR ") // "BELLECOMBE S/ LYS"
    .replace(/^(.*?)\s*\((LES|LE|LA|L['’]?)\)/, "$2 $1"); // "AULNES (LES)", "ISLE ADAM (L')"
  const mots = majuscules
    .replace(/[^A-Z0-9]+/g, " ") // hyphens, apostrophes, dots, slashes
    .trim()
    .split(" ")
    .filter(Boolean);
  const cedex = mots.indexOf("CEDEX");
  const utiles = cedex > 0 ? mots.slice(0, cedex) : mots;
  return utiles.map((m) => ABREVIATIONS[m] ?? m).join(" ");
}

/** "00 100" → "00100"; null when it is not a 5-digit French postcode. */
export function normaliserCodePostal(cp: string): string | null {
  const compact = cp.replace(/\s+/g, "");
  return /^\d{5}$/.test(compact) ? compact : null;
}
