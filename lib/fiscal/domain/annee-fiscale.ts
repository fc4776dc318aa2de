// Quelle année de revenus demander à la DGFiP (docs/contrats-amont.md §1). Un appel = une année. L'année N-1
// n'existe qu'une fois taxée (fin juillet de N, selon le calendrier de taxation que tiennent les administrateurs) ;
// avant, la dernière est N-2. L'habilitation de la collectivité dit quelles années elle peut demander : N-1, N-2,
// N-3, ou « N-1, sinon N-2 ». Pur.

/** Mirrors the Prisma enum PolitiqueAnneeFiscale (the domain imports no Prisma). */
export type PolitiqueAnneeFiscale = "n_moins_1" | "n_moins_2" | "n_moins_3" | "n_moins_1_sinon_n_moins_2";

export interface DateTaxation {
  anneeRevenus: number;
  /** AAAA-MM-JJ: from this day (Paris time) the income year is served. */
  dateTaxation: string;
}

export interface AnneeCandidate {
  annee: number;
  /** true/false per the calendar; null when the calendar does not know this year (then the API decides). */
  taxee: boolean | null;
}

/** Calendar date (AAAA-MM-JJ) of an instant in metropolitan France, where the taxation calendar lives. */
function jourParis(instant: Date): string {
  return new Intl.DateTimeFormat("fr-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

function candidate(annee: number, calendrier: readonly DateTaxation[], jour: string): AnneeCandidate {
  const entree = calendrier.find((c) => c.anneeRevenus === annee);
  return { annee, taxee: entree ? jour >= entree.dateTaxation : null };
}

/**
 * The years to try, in order. A year the calendar says is not yet taxed is not asked (it would only cost a call
 * and a quota unit); the fallback year comes only with the "N-1, else N-2" policy.
 */
export function anneesAInterroger(
  politique: PolitiqueAnneeFiscale,
  calendrier: readonly DateTaxation[],
  maintenant: Date,
): AnneeCandidate[] {
  const jour = jourParis(maintenant);
  const n = Number(jour.slice(0, 4));
  const pas = { n_moins_1: [1], n_moins_2: [2], n_moins_3: [3], n_moins_1_sinon_n_moins_2: [1, 2] }[politique];
  return pas.map((k) => candidate(n - k, calendrier, jour)).filter((c) => c.taxee !== false);
}

/**
 * Whether a stored snapshot still answers the question the policy and calendar ask today: its year is today's
 * preferred year, or it is today's fallback year obtained when that same preferred year was already being asked
 * (so not revenus 2024 fetched in June, before 2025 was taxed, reused in October).
 */
export function anneeToujoursValable(
  politique: PolitiqueAnneeFiscale,
  calendrier: readonly DateTaxation[],
  instantane: { anneeRevenus: number; recupereLe: Date },
  maintenant: Date,
): boolean {
  const aujourdhui = anneesAInterroger(politique, calendrier, maintenant);
  const preferee = aujourdhui[0]?.annee;
  if (preferee === undefined || !aujourdhui.some((c) => c.annee === instantane.anneeRevenus)) return false;
  if (instantane.anneeRevenus === preferee) return true;
  return anneesAInterroger(politique, calendrier, instantane.recupereLe)[0]?.annee === preferee;
}

/**
 * The year the commune's policy asks first today, whatever the calendar says (N-1 for "N-1, else N-2"): data of
 * an older year are the fallback year, and are said to be.
 */
export function anneeAttendue(politique: PolitiqueAnneeFiscale, maintenant: Date): number {
  const n = Number(jourParis(maintenant).slice(0, 4));
  return n - { n_moins_1: 1, n_moins_2: 2, n_moins_3: 3, n_moins_1_sinon_n_moins_2: 1 }[politique];
}

/**
 * "revenus 2024 (ceux de 2025 ne sont pas encore disponibles)" when DGFiP data are of a year older than the one
 * the policy asks (the fallback year), else "revenus 2025". An agent's entry is the notice the family gave: it says
 * nothing of what the DGFiP has, so its year is given as is.
 */
export function libelleAnneeRevenus(
  anneeRevenus: number,
  attendue: number | null | undefined,
  source?: "dgfip_franceconnect" | "dgfip_spi" | "saisie_agent" | null,
): string {
  const repli = attendue != null && attendue > anneeRevenus && source !== "saisie_agent";
  return repli
    ? `revenus ${anneeRevenus} (ceux de ${attendue} ne sont pas encore disponibles)`
    : `revenus ${anneeRevenus}`;
}

/** What one attempt for one year gave: data, "nothing for this year" (fall back), or a stop. */
export type EssaiAnnee<T, E> =
  { genre: "obtenu"; valeur: T } | { genre: "indisponible"; detail: E } | { genre: "arret"; detail: E };

export type ResolutionAnnee<T, E> =
  | { genre: "obtenu"; valeur: T; anneeObtenue: number; anneeDemandee: number; repli: boolean; essais: number }
  /** No candidate year had data (or none could be asked): `detail` of the last attempt, if any. */
  | { genre: "indisponible"; anneeDemandee: number | null; detail: E | null; essais: number }
  | { genre: "arret"; annee: number; detail: E; essais: number };

/** Tries the candidate years in order, falling back only on "nothing for this year". */
export async function resoudreAnnee<T, E>(
  candidates: readonly AnneeCandidate[],
  essayer: (annee: number) => Promise<EssaiAnnee<T, E>>,
): Promise<ResolutionAnnee<T, E>> {
  const anneeDemandee = candidates[0]?.annee ?? null;
  let dernier: E | null = null;
  let essais = 0;
  for (const { annee } of candidates) {
    essais += 1;
    const r = await essayer(annee);
    if (r.genre === "obtenu")
      return {
        genre: "obtenu",
        valeur: r.valeur,
        anneeObtenue: annee,
        anneeDemandee: anneeDemandee ?? annee,
        repli: annee !== anneeDemandee,
        essais,
      };
    if (r.genre === "arret") return { genre: "arret", annee, detail: r.detail, essais };
    dernier = r.detail;
  }
  return { genre: "indisponible", anneeDemandee, detail: dernier, essais };
}

/**
 * L'adresse fiscale rendue par la DGFiP est celle du 1er janvier qui suit l'année de revenus
 * (docs/contrats-amont.md §7).
 */
export function libelleAdresseFiscale(anneeRevenus: number): string {
  return `Adresse fiscale au 1er janvier ${anneeRevenus + 1}`;
}
