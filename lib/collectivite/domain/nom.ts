// The collectivité is named one way everywhere, from its settings, with its article: « la Communauté de communes
// du Val de Lys », « du Syndicat… », « à l'Agglomération… ». Pure: the forms French grammar needs, contracted
// (« de le » → « du », « à les » → « aux ») and elided (« de » → « d' » before a vowel or a mute h).

export const ARTICLES = ["la", "le", "l'", "les", ""] as const;
export type Article = (typeof ARTICLES)[number];

export const LIBELLES_ARTICLE: Record<Article, string> = {
  la: "la (la Communauté de communes…)",
  le: "le (le Syndicat intercommunal…)",
  "l'": "l' (l'Agglomération…)",
  les: "les (les Communes associées…)",
  "": "aucun (Amiens Métropole, Mairie de…)",
};

export interface NomCollectivite {
  article: string;
  nom: string;
}

export interface FormesDuNom {
  /** « la Communauté de communes du Val de Lys », inside a sentence. */
  sujet: string;
  /** « La Communauté de communes du Val de Lys », at the start of a sentence. */
  Sujet: string;
  /** « de la… », « du… », « des… », « de l'… », « d'Amiens Métropole ». */
  de: string;
  /** « à la… », « au… », « aux… », « à l'… ». */
  a: string;
}

/** A portal whose admin has not named the collectivité yet. */
export const NOM_A_CONFIGURER: NomCollectivite = { article: "la", nom: "collectivité" };

// Mute h is a matter of the word; names of places with an aspirated h are rare enough to be entered with an article.
const VOYELLE = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;

function normaliserArticle(a: string): Article {
  const n = a.trim().toLowerCase().replace("’", "'");
  return (ARTICLES as readonly string[]).includes(n) ? (n as Article) : "";
}

const majuscule = (t: string) => t.charAt(0).toLocaleUpperCase("fr-FR") + t.slice(1);

export function formesDuNom(n: NomCollectivite): FormesDuNom {
  const nom = n.nom.trim().replace(/\s+/g, " ");
  const article = normaliserArticle(n.article);
  const sujet = article === "l'" ? `l'${nom}` : article ? `${article} ${nom}` : nom;
  const de =
    article === "le"
      ? `du ${nom}`
      : article === "les"
        ? `des ${nom}`
        : article
          ? `de ${sujet}`
          : VOYELLE.test(nom)
            ? `d'${nom}`
            : `de ${nom}`;
  const a = article === "le" ? `au ${nom}` : article === "les" ? `aux ${nom}` : `à ${sujet}`;
  return { sujet, Sujet: majuscule(sujet), de, a };
}
