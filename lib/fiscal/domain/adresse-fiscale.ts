// L'adresse fiscale telle que la DGFiP l'envoie (docs/contrats-amont.md §7) : `aft` (une ligne de texte, toujours
// présente) et `aftDetail` (structuré, « transmis par défaut ») qui peut manquer ou être partiel. Les éléments
// structurés viennent d'`aftDetail` ; un code postal ou une commune manquants sont lus à la fin d'`aft`
// (« … 00100 BELLECOMBE SUR LYS ») : le dernier nombre de cinq chiffres suivi d'un nom. Rien n'est deviné au-delà :
// pas de code postal dans `aft`, pas de commune. Pur.

/** `aftDetail` as the client reads it (names of the API Impôt particulier contract). */
export interface DetailAft {
  voie?: string;
  complementAdresse?: string;
  getcodePostal?: string;
  getcommune?: string;
}

export interface AdresseLue {
  voie: string | null;
  complement: string | null;
  codePostal: string | null;
  commune: string | null;
}

const nonVide = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** "8 PLACE DE LA MAIRIE, 00100 BELLECOMBE SUR LYS" → voie, postcode, commune; null when no postcode is found. */
function decouperAft(aft: string): { voie: string | null; codePostal: string; commune: string } | null {
  const ligne = aft.replace(/\s+/g, " ").trim();
  const m = /^(.*?)[\s,;]*\b(\d{5})\s+([^\d\s][^\d]*?)\s*(\d{1,2})?$/.exec(ligne);
  if (!m) return null;
  const [, avant = "", codePostal = "", commune = "", numeroCedex] = m;
  return {
    voie: nonVide(avant.replace(/[\s,;]+$/, "")),
    codePostal,
    commune: numeroCedex ? `${commune} ${numeroCedex}` : commune,
  };
}

export function lireAdresseFiscale(aft: string | undefined, detail: DetailAft | undefined): AdresseLue {
  const lue: AdresseLue = {
    voie: nonVide(detail?.voie),
    complement: nonVide(detail?.complementAdresse),
    codePostal: nonVide(detail?.getcodePostal),
    commune: nonVide(detail?.getcommune),
  };
  if (lue.codePostal && lue.commune) return lue;
  const d = aft ? decouperAft(aft) : null;
  if (!d) return lue;
  return {
    voie: lue.voie ?? d.voie,
    complement: lue.complement,
    codePostal: lue.codePostal ?? d.codePostal,
    commune: lue.commune ?? d.commune,
  };
}
