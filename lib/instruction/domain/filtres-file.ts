// The queue's filters as they travel in the URL (a GET form, so they work without JavaScript and can be bookmarked
// or shared between agents). Reading is tolerant: a hand-edited URL falls back on defaults, never on an error. Pure.
import { RAISONS_DOSSIER, STATUTS_DOSSIER, type RaisonDossier, type StatutDossier } from "./statuts";

const ATTRIBUTIONS = ["tous", "moi", "non_attribues"] as const;
type Attribution = (typeof ATTRIBUTIONS)[number];

export const TAILLE_PAGE = 20;
const RECHERCHE_MAX = 100;

export interface FiltresFile {
  /** "ouverts" (default): every status still in the queue. */
  statut: "ouverts" | StatutDossier;
  raison: RaisonDossier | null;
  attribution: Attribution;
  anneeScolaireId: string | null;
  /** A family name (responsables' or children's names), as typed. */
  recherche: string | null;
  page: number;
}

export const FILTRES_PAR_DEFAUT: FiltresFile = {
  statut: "ouverts",
  raison: null,
  attribution: "tous",
  anneeScolaireId: null,
  recherche: null,
  page: 1,
};

type Parametres = Record<string, string | string[] | undefined>;

const premier = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const parmi = <T extends string>(liste: readonly T[], v: string | undefined): T | undefined =>
  (liste as readonly string[]).includes(v ?? "") ? (v as T) : undefined;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A dossier or school-year id as the database stores them: anything else in a URL is simply not found. */
export const estIdentifiant = (s: string) => UUID.test(s);

export function lireFiltres(p: Parametres): FiltresFile {
  const recherche = premier(p.recherche)?.trim().slice(0, RECHERCHE_MAX) || null;
  const page = Number(premier(p.page));
  const annee = premier(p.annee);
  return {
    statut: parmi(STATUTS_DOSSIER, premier(p.statut)) ?? "ouverts",
    raison: parmi(RAISONS_DOSSIER, premier(p.raison)) ?? null,
    attribution: parmi(ATTRIBUTIONS, premier(p.attribution)) ?? "tous",
    anneeScolaireId: annee && UUID.test(annee) ? annee.toLowerCase() : null,
    recherche,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The query string for these filters (defaults left out), e.g. to link to another page or another reason. */
export function chaineDeRecherche(f: FiltresFile, changements: Partial<FiltresFile> = {}): string {
  const g = { ...f, ...changements };
  const p = new URLSearchParams();
  if (g.statut !== "ouverts") p.set("statut", g.statut);
  if (g.raison) p.set("raison", g.raison);
  if (g.attribution !== "tous") p.set("attribution", g.attribution);
  if (g.anneeScolaireId) p.set("annee", g.anneeScolaireId);
  if (g.recherche) p.set("recherche", g.recherche);
  if (g.page > 1) p.set("page", String(g.page));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function filtresActifs(f: FiltresFile): boolean {
  return chaineDeRecherche(f, { page: 1 }) !== "";
}

export interface Pagination {
  page: number;
  pages: number;
  decalage: number;
}

/** A page past the end shows the last one (a dossier taken by a colleague can shrink the list under you). */
export function paginer(total: number, page: number, taille = TAILLE_PAGE): Pagination {
  const pages = Math.max(1, Math.ceil(total / taille));
  const p = Math.min(Math.max(1, page), pages);
  return { page: p, pages, decalage: (p - 1) * taille };
}
