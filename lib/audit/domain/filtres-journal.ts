// Filters of the admin audit journal, read from the address (a GET form: works without JavaScript): account, action,
// dates (AAAA-MM-JJ, Paris days, both included) and page. Anything malformed is ignored, never an error.
export interface FiltresJournal {
  acteurId: string | null;
  action: string | null;
  du: string | null;
  au: string | null;
  page: number;
}

export const FILTRES_JOURNAL_PAR_DEFAUT: FiltresJournal = { acteurId: null, action: null, du: null, au: null, page: 1 };

type Parametres = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACTION = /^[a-z0-9_.]{1,80}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const premier = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

function date(v: string): string | null {
  if (!DATE.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
}

export function lireFiltresJournal(p: Parametres): FiltresJournal {
  const acteur = premier(p.acteur);
  const action = premier(p.action);
  const page = Number(premier(p.page));
  return {
    acteurId: UUID.test(acteur) ? acteur.toLowerCase() : null,
    action: ACTION.test(action) ? action : null,
    du: date(premier(p.du)),
    au: date(premier(p.au)),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The address of the journal with these filters (and changes): only what is set, page 1 left out. */
export function adresseJournal(chemin: string, f: FiltresJournal, changements: Partial<FiltresJournal> = {}): string {
  const g = { ...f, ...changements };
  const q = new URLSearchParams();
  if (g.acteurId) q.set("acteur", g.acteurId);
  if (g.action) q.set("action", g.action);
  if (g.du) q.set("du", g.du);
  if (g.au) q.set("au", g.au);
  if (g.page > 1) q.set("page", String(g.page));
  const s = q.toString();
  return s ? `${chemin}?${s}` : chemin;
}

/** Pages of `taille` entries; a page past the end is the last one. */
export function pageDuJournal(total: number, page: number, taille: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / taille));
  return { page: Math.min(Math.max(1, page), pages), pages };
}
