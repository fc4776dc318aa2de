// Building blocks of the CSV import: error collection with line tracing, and the readers of each row kind.
import { PARAMETRES_TAUX_CSV, texteVersCentimes, texteVersPourcent } from "./grille-csv";

export interface ErreurImport {
  /** 1-based line of the file; null when the problem is an absence. */
  ligne: number | null;
  message: string;
}

export const RUBRIQUES = [
  "format",
  "parametre",
  "colonne",
  "critere",
  "tranche",
  "taux",
  "fratrie",
  "sauf_tranche",
  "pai",
  "occasionnel",
] as const;
export type Rubrique = (typeof RUBRIQUES)[number];
export interface Rangee {
  ligne: number;
  rubrique: Rubrique;
  cle: string;
  colonne: string;
  min: string;
  max: string;
  valeur: string;
}

/** Accumulates errors and remembers which line produced which field of the definition. */
export class Chantier {
  readonly erreurs: ErreurImport[] = [];
  readonly lignes = new Map<string, number>();
  private readonly vus = new Map<string, number>();

  erreur(ligne: number | null, message: string) {
    this.erreurs.push({ ligne, message });
  }
  /** False (and an error) when `cle` was already defined on another line. */
  unique(cle: string, ligne: number, quoi: string): boolean {
    const avant = this.vus.get(cle);
    if (avant !== undefined) {
      this.erreur(ligne, `${quoi} déjà défini à la ligne ${avant}`);
      return false;
    }
    this.vus.set(cle, ligne);
    return true;
  }
  noter(chemin: (string | number)[], ligne: number) {
    const k = chemin.join(".");
    if (!this.lignes.has(k)) this.lignes.set(k, ligne);
  }
  ligneDe(chemin: PropertyKey[]): number | null {
    for (let n = chemin.length; n > 0; n--) {
      const l = this.lignes.get(chemin.slice(0, n).map(String).join("."));
      if (l !== undefined) return l;
    }
    return null;
  }
}

function centimes(ch: Chantier, texte: string, ligne: number, quoi: string): number | undefined {
  const c = texteVersCentimes(texte);
  if (c === null) ch.erreur(ligne, `${quoi} illisible « ${texte} » (attendu : un montant en euros, par exemple 1,20)`);
  return c ?? undefined;
}
function pourcent(ch: Chantier, texte: string, ligne: number, quoi: string): number | undefined {
  const p = texteVersPourcent(texte);
  if (p === null) ch.erreur(ligne, `${quoi} illisible « ${texte} » (attendu : un pourcentage, par exemple 0,36)`);
  return p ?? undefined;
}
function entier(ch: Chantier, texte: string, ligne: number, quoi: string): number | undefined {
  if (/^\d{1,3}$/.test(texte) && Number(texte) >= 1) return Number(texte);
  ch.erreur(ligne, `${quoi} illisible « ${texte} » (attendu : un entier à partir de 1)`);
  return undefined;
}

export function lireTranches(ch: Chantier, rangees: Rangee[], indexColonne: (code: string, ligne: number) => number) {
  const tranches = new Map<
    number,
    { minCentimes?: number; maxCentimes?: number | null; ligne: number; prix: Record<string, number | undefined> }
  >();
  for (const r of rangees) {
    const n = entier(ch, r.cle, r.ligne, "Numéro de tranche");
    const min = centimes(ch, r.min, r.ligne, "Borne basse");
    const max = r.max === "" ? null : centimes(ch, r.max, r.ligne, "Borne haute");
    const prix = centimes(ch, r.valeur, r.ligne, "Prix");
    if (
      n === undefined ||
      indexColonne(r.colonne, r.ligne) < 0 ||
      !ch.unique(`tranche:${n}:${r.colonne}`, r.ligne, `Prix de la tranche ${n} pour « ${r.colonne} »`)
    )
      continue;
    const t = tranches.get(n) ?? { minCentimes: min, maxCentimes: max, ligne: r.ligne, prix: {} };
    if (t.minCentimes !== min || t.maxCentimes !== max)
      ch.erreur(r.ligne, `Bornes différentes de celles de la ligne ${t.ligne} pour la tranche ${n}`);
    t.prix[r.colonne] = prix;
    tranches.set(n, t);
    ch.noter(["bareme", "tranches", n - 1], t.ligne);
    ch.noter(["bareme", "tranches", n - 1, "prix", r.colonne], r.ligne);
  }
  const numeros = [...tranches.keys()].sort((a, b) => a - b);
  numeros.forEach((n, i) => {
    if (n !== i + 1)
      ch.erreur(tranches.get(n)!.ligne, `Tranche ${i + 1} absente : les tranches sont numérotées 1, 2, 3… sans trou`);
  });
  return numeros.map((n) => {
    const { ligne: _l, ...t } = tranches.get(n)!;
    return t;
  });
}

export function lireTaux(
  ch: Chantier,
  mode: "taux_effort" | "tpi",
  rangees: Rangee[],
  indexColonne: (code: string, ligne: number) => number,
) {
  const champs = PARAMETRES_TAUX_CSV[mode] as Record<string, readonly [string, "euros" | "pourcent"]>;
  const parametres: Record<string, Record<string, number | undefined>> = {};
  for (const r of rangees) {
    const champ = champs[r.cle];
    if (!champ) {
      ch.erreur(
        r.ligne,
        `Paramètre de taux inconnu « ${r.cle} » en mode ${mode} (attendu : ${Object.keys(champs).join(", ")})`,
      );
      continue;
    }
    if (
      indexColonne(r.colonne, r.ligne) < 0 ||
      !ch.unique(`taux:${r.colonne}:${r.cle}`, r.ligne, `« ${r.cle} » pour « ${r.colonne} »`)
    )
      continue;
    const [nom, genre] = champ;
    (parametres[r.colonne] ??= {})[nom] =
      genre === "euros" ? centimes(ch, r.valeur, r.ligne, "Montant") : pourcent(ch, r.valeur, r.ligne, "Taux");
    ch.noter(["bareme", "parametres", r.colonne], r.ligne);
    ch.noter(["bareme", "parametres", r.colonne, nom], r.ligne);
  }
  return parametres;
}

/** `sauf_tranche;fratrie.3;;;;1`: bracket numbers each sibling step (by its rank) does not apply to. */
function lireSaufTranches(ch: Chantier, rangees: Rangee[], rangs: Set<number>) {
  const parRang = new Map<number, number[]>();
  for (const r of rangees) {
    const m = /^fratrie\.(\d{1,3})$/.exec(r.cle);
    const tranche = entier(ch, r.valeur, r.ligne, "Numéro de tranche");
    if (!m) {
      ch.erreur(r.ligne, `Réduction inconnue « ${r.cle} » (attendu : fratrie.<rang>, par exemple fratrie.3)`);
      continue;
    }
    const rang = Number(m[1]);
    if (!rangs.has(rang)) {
      ch.erreur(
        r.ligne,
        `Aucun palier de fratrie au rang ${rang} : ajoutez une ligne « fratrie;${rang};;;;<pourcentage> »`,
      );
      continue;
    }
    if (tranche === undefined || !ch.unique(`sauf:${rang}:${tranche}`, r.ligne, `Tranche ${tranche} du palier ${rang}`))
      continue;
    parRang.set(rang, [...(parRang.get(rang) ?? []), tranche]);
  }
  return parRang;
}

export function lireModificateurs(
  ch: Chantier,
  fratrie: Rangee[],
  saufTranches: Rangee[],
  pai: Rangee[],
  occasionnel: Rangee[],
) {
  const paliers = fratrie
    .map((r) => ({
      r,
      rang: entier(ch, r.cle, r.ligne, "Rang de fratrie"),
      pct: pourcent(ch, r.valeur, r.ligne, "Pourcentage payé"),
    }))
    .filter(({ r, rang }) => rang !== undefined && ch.unique(`fratrie:${rang}`, r.ligne, `Rang de fratrie ${rang}`))
    .sort((a, b) => a.rang! - b.rang!);
  paliers.forEach(({ r }, i) => ch.noter(["modificateurs", "fratrie", i], r.ligne));
  const sauf = lireSaufTranches(ch, saufTranches, new Set(paliers.map((p) => p.rang!)));
  for (const r of saufTranches) {
    const i = paliers.findIndex((p) => `fratrie.${p.rang}` === r.cle);
    if (i >= 0) ch.noter(["modificateurs", "fratrie", i, "saufTranches"], r.ligne);
  }
  const resultat: {
    fratrie: { aPartirDuRang?: number; pourcentagePaye?: number; saufTranches?: number[] }[];
    pai?: object;
    occasionnel?: object;
  } = {
    fratrie: paliers.map(({ rang, pct }) => ({
      aPartirDuRang: rang,
      pourcentagePaye: pct,
      ...(sauf.has(rang!) ? { saufTranches: sauf.get(rang!)!.sort((a, b) => a - b) } : {}),
    })),
  };
  for (const r of pai) {
    if (!ch.unique("pai", r.ligne, "PAI")) continue;
    ch.noter(["modificateurs", "pai"], r.ligne);
    if (r.cle === "pourcentage")
      resultat.pai = { type: "pourcentage", pourcentagePaye: pourcent(ch, r.valeur, r.ligne, "Pourcentage payé") };
    else if (r.cle === "prix_fixe")
      resultat.pai = { type: "prix_fixe", prixCentimes: centimes(ch, r.valeur, r.ligne, "Prix PAI") };
    else ch.erreur(r.ligne, `PAI : « pourcentage » ou « prix_fixe », pas « ${r.cle} »`);
  }
  for (const r of occasionnel) {
    if (!ch.unique("occasionnel", r.ligne, "Tarif occasionnel")) continue;
    ch.noter(["modificateurs", "occasionnel"], r.ligne);
    if (r.cle === "pourcentage")
      resultat.occasionnel = { pourcentagePaye: pourcent(ch, r.valeur, r.ligne, "Pourcentage payé") };
    else ch.erreur(r.ligne, `Occasionnel : clé « pourcentage » attendue, pas « ${r.cle} »`);
  }
  return resultat;
}

export function trier(erreurs: ErreurImport[]): ErreurImport[] {
  return [...erreurs].sort((a, b) => (a.ligne ?? 0) - (b.ligne ?? 0));
}
