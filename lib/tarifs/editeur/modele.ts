// The tariff-grid editor as an HTML form sees it: every value a string, as typed, so that a grid in the middle of
// being edited (an empty bound, "2,3O" typed by mistake, a new column) survives a round trip through the server
// without JavaScript. Flat field names ("tranches.2.prix.1") are the form's names and the keys of its errors.
// Pure and free of zod: the client editor imports it to rebuild the form from an action's result.

export const MODES = ["tranches", "taux_effort", "tpi"] as const;
export type ModeBareme = (typeof MODES)[number];

export interface ColonneEditee {
  code: string;
  libelle: string;
  /** "" = any residence. */
  residence: string;
  /** "" = any, "oui", "non". */
  caf: string;
}

export interface TrancheEditee {
  min: string;
  max: string;
  /** One price per column, by column index (codes can change while editing). */
  prix: string[];
}

/** Rate parameters of one column; both rate modes' fields are kept so that switching mode loses nothing. */
export interface TauxEdite {
  taux: string;
  plancher: string;
  plafond: string;
  prixPlein: string;
  plancherPourcent: string;
  plafondPourcent: string;
}

export interface PalierEdite {
  rang: string;
  pourcentage: string;
  /** Numbers of the brackets (from 1) this step does not apply to: the ticked boxes. Bracket mode only. */
  sauf: string[];
}

export interface GrilleEditee {
  unite: string;
  mode: ModeBareme;
  quotient: { source: string; revenu: string; periode: string; arrondi: string };
  colonnes: ColonneEditee[];
  tranches: TrancheEditee[];
  taux: TauxEdite[];
  fratrie: PalierEdite[];
  pai: { type: string; pourcentage: string; prix: string };
  /** Percentage paid for occasional attendance; "" = same price as regular. */
  occasionnel: string;
  residenceAVerifier: string;
  arrondi: string;
}

/** Upper limits of a form: a crafted request cannot make the server build huge arrays. */
export const LIMITES = { colonnes: 8, tranches: 40, fratrie: 10 } as const;

const CHAMPS_TAUX = [
  "taux",
  "plancher",
  "plafond",
  "prixPlein",
  "plancherPourcent",
  "plafondPourcent",
] as const satisfies readonly (keyof TauxEdite)[];

export const nomColonne = (j: number, k: keyof ColonneEditee) => `colonnes.${j}.${k}`;
export const nomTranche = (i: number, k: "min" | "max") => `tranches.${i}.${k}`;
export const nomPrix = (i: number, j: number) => `tranches.${i}.prix.${j}`;
export const nomTaux = (j: number, k: keyof TauxEdite) => `taux.${j}.${k}`;
export const nomPalier = (i: number, k: keyof PalierEdite) => `fratrie.${i}.${k}`;

export const colonneVide = (): ColonneEditee => ({ code: "", libelle: "", residence: "", caf: "" });
export const tauxVide = (): TauxEdite => ({
  taux: "",
  plancher: "",
  plafond: "",
  prixPlein: "",
  plancherPourcent: "",
  plafondPourcent: "",
});
export const trancheVide = (colonnes: number): TrancheEditee => ({
  min: "",
  max: "",
  prix: Array.from({ length: colonnes }, () => ""),
});

/** The form's fields, in the order they appear on the page (used to order the error summary). */
export function aplatir(g: GrilleEditee): Record<string, string | string[]> {
  const v: Record<string, string | string[]> = { unite: g.unite, mode: g.mode };
  for (const [k, x] of Object.entries(g.quotient)) v[`quotient.${k}`] = x;
  g.colonnes.forEach((c, j) => {
    for (const k of ["libelle", "code", "residence", "caf"] as const) v[nomColonne(j, k)] = c[k];
  });
  g.tranches.forEach((t, i) => {
    v[nomTranche(i, "min")] = t.min;
    v[nomTranche(i, "max")] = t.max;
    t.prix.forEach((p, j) => (v[nomPrix(i, j)] = p));
  });
  g.taux.forEach((t, j) => {
    for (const k of CHAMPS_TAUX) v[nomTaux(j, k)] = t[k];
  });
  g.fratrie.forEach((p, i) => {
    v[nomPalier(i, "rang")] = p.rang;
    v[nomPalier(i, "pourcentage")] = p.pourcentage;
    // A list, as the browser sends ticked boxes; none ticked sends nothing, hence no key.
    if (p.sauf.length) v[nomPalier(i, "sauf")] = p.sauf;
  });
  v["pai.type"] = g.pai.type;
  v["pai.pourcentage"] = g.pai.pourcentage;
  v["pai.prix"] = g.pai.prix;
  v.occasionnel = g.occasionnel;
  v.residenceAVerifier = g.residenceAVerifier;
  v.arrondi = g.arrondi;
  return v;
}

const texte = (x: unknown): string =>
  typeof x === "string" ? x : Array.isArray(x) && typeof x[0] === "string" ? x[0] : "";
/** The values of a group of checkboxes (a key sent once per ticked box), capped like the rows. */
const liste = (x: unknown, max: number): string[] =>
  (typeof x === "string" ? [x] : Array.isArray(x) ? x.filter((e): e is string => typeof e === "string") : []).slice(
    0,
    max,
  );

/** Number of rows of a repeated block: highest index seen + 1, capped. */
function nombre(v: Record<string, unknown>, prefixe: string, max: number): number {
  let n = 0;
  const motif = new RegExp(`^${prefixe}\\.(\\d{1,3})\\.`);
  for (const cle of Object.keys(v)) {
    const m = motif.exec(cle);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return Math.min(n, max);
}

/**
 * Rebuilds the editor from submitted fields (or an action's `valeurs`). Always returns a usable shape: at least one
 * column, one bracket, rate parameters and prices for every column.
 */
export function depuisValeurs(v: Record<string, unknown>): GrilleEditee {
  const t = (cle: string) => texte(v[cle]);
  const nbColonnes = Math.max(1, nombre(v, "colonnes", LIMITES.colonnes));
  const colonnes = Array.from({ length: nbColonnes }, (_, j) => ({
    code: t(nomColonne(j, "code")),
    libelle: t(nomColonne(j, "libelle")),
    residence: t(nomColonne(j, "residence")),
    caf: t(nomColonne(j, "caf")),
  }));
  const nbTranches = Math.max(1, nombre(v, "tranches", LIMITES.tranches));
  const tranches = Array.from({ length: nbTranches }, (_, i) => ({
    min: t(nomTranche(i, "min")),
    max: t(nomTranche(i, "max")),
    prix: colonnes.map((_, j) => t(nomPrix(i, j))),
  }));
  const taux = colonnes.map(
    (_, j) => Object.fromEntries(CHAMPS_TAUX.map((k) => [k, t(nomTaux(j, k))])) as unknown as TauxEdite,
  );
  const fratrie = Array.from({ length: nombre(v, "fratrie", LIMITES.fratrie) }, (_, i) => ({
    rang: t(nomPalier(i, "rang")),
    pourcentage: t(nomPalier(i, "pourcentage")),
    sauf: liste(v[nomPalier(i, "sauf")], LIMITES.tranches),
  }));
  const mode = (MODES as readonly string[]).includes(t("mode")) ? (t("mode") as ModeBareme) : "tranches";
  return {
    unite: t("unite"),
    mode,
    quotient: {
      source: t("quotient.source"),
      revenu: t("quotient.revenu"),
      periode: t("quotient.periode"),
      arrondi: t("quotient.arrondi"),
    },
    colonnes,
    tranches,
    taux,
    fratrie,
    pai: { type: t("pai.type"), pourcentage: t("pai.pourcentage"), prix: t("pai.prix") },
    occasionnel: t("occasionnel"),
    residenceAVerifier: t("residenceAVerifier"),
    arrondi: t("arrondi"),
  };
}
