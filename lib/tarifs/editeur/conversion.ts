// Editor form ⇄ grid definition. Towards the definition, every text is read the French way ("2,35", "0,36 %") and
// the result goes through the engine's own validation; every problem comes back keyed by the form field at fault
// (the engine's paths say "bareme.tranches.2.prix.non_resident", the form says "tranches.2.prix.1").
import { validerDefinition, type DefinitionGrille } from "../domain/definition.schema";
import {
  borneVersTexte,
  centimesVersTexte,
  pourcentVersTexte,
  texteVersCentimes,
  texteVersPourcent,
} from "../domain/grille-csv";
import {
  aplatir,
  nomColonne,
  nomPalier,
  nomPrix,
  nomTaux,
  nomTranche,
  tauxVide,
  trancheVide,
  type GrilleEditee,
  type TauxEdite,
} from "./modele";

interface ProblemeEditeur {
  /** Form field name, or "" when no single field is at fault. */
  champ: string;
  message: string;
}

export type ResultatConversion =
  { ok: true; definition: DefinitionGrille } | { ok: false; problemes: ProblemeEditeur[] };

/** "Non-résident" → "non_resident": the column code when the admin leaves it empty. */
export function codeDepuisLibelle(libelle: string): string {
  return libelle
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 30);
}

export const codesDesColonnes = (g: GrilleEditee) =>
  g.colonnes.map((c) => c.code.trim() || codeDepuisLibelle(c.libelle));

const CHAMP_TAUX: Record<string, keyof TauxEdite> = {
  tauxPourcent: "taux",
  plancherCentimes: "plancher",
  plafondCentimes: "plafond",
  prixPleinCentimes: "prixPlein",
  plancherPourcent: "plancherPourcent",
  plafondPourcent: "plafondPourcent",
};

/** The form field of an engine problem path; "" when it concerns the grid as a whole. */
export function champDuChemin(chemin: (string | number)[], codes: string[]): string {
  const [a, b, c, d, e] = chemin;
  const colonne = (code: unknown) => Math.max(0, codes.indexOf(String(code)));
  if (a === "quotient") return `quotient.${typeof b === "string" ? b : "source"}`;
  if (a === "colonnes") {
    if (typeof b !== "number") return "colonnes";
    if (c === "code" || c === "libelle") return nomColonne(b, c);
    if (c === "criteres") return nomColonne(b, d === "allocataireCaf" ? "caf" : "residence");
    return nomColonne(b, "libelle");
  }
  if (a === "bareme" && b === "tranches") {
    if (typeof c !== "number") return "tranches";
    if (d === "maxCentimes") return nomTranche(c, "max");
    if (d === "prix") return nomPrix(c, colonne(e));
    return nomTranche(c, "min");
  }
  if (a === "bareme" && b === "parametres") return nomTaux(colonne(c), CHAMP_TAUX[String(d)] ?? "taux");
  if (a === "bareme" || a === "sansDonnees") return "mode";
  if (a === "modificateurs") {
    if (b === "fratrie")
      return typeof c === "number"
        ? nomPalier(c, d === "pourcentagePaye" ? "pourcentage" : d === "saufTranches" ? "sauf" : "rang")
        : "fratrie";
    if (b === "pai")
      return c === "prixCentimes" ? "pai.prix" : c === "pourcentagePaye" ? "pai.pourcentage" : "pai.type";
    if (b === "occasionnel") return "occasionnel";
  }
  if (a === "residenceAVerifier" || a === "arrondi" || a === "unite") return a;
  return "";
}

export function versDefinition(g: GrilleEditee): ResultatConversion {
  const saisie: ProblemeEditeur[] = [];
  const lire = <T>(
    champ: string,
    t: string,
    lecteur: (s: string) => T | null,
    attendu: string,
    vide: null | undefined = undefined,
  ): T | null | undefined => {
    const s = t.trim();
    if (s === "") return vide;
    const x = lecteur(s);
    if (x === null) saisie.push({ champ, message: `${attendu} (vous avez saisi « ${s} »)` });
    return x ?? undefined;
  };
  const montant = (champ: string, t: string) =>
    lire(champ, t, texteVersCentimes, "Montant en euros attendu, par exemple 2,35");
  const pourcent = (champ: string, t: string) =>
    lire(champ, t, texteVersPourcent, "Pourcentage attendu, par exemple 0,36");
  const rang = (champ: string, t: string) =>
    lire(champ, t, (s) => (/^\d{1,2}$/.test(s) ? Number(s) : null), "Rang attendu, par exemple 3");

  const numeroTranche = (champ: string, t: string) =>
    lire(champ, t, (s) => (/^\d{1,2}$/.test(s) ? Number(s) : null), "Numéro de tranche attendu, par exemple 1");

  const codes = codesDesColonnes(g);
  const colonnes = g.colonnes.map((c, j) => ({
    code: codes[j],
    libelle: c.libelle,
    criteres: {
      ...(c.residence ? { residence: c.residence } : {}),
      ...(c.caf ? { allocataireCaf: c.caf === "oui" ? true : c.caf === "non" ? false : c.caf } : {}),
    },
  }));
  const parametres = (j: number, t: TauxEdite) =>
    g.mode === "taux_effort"
      ? {
          tauxPourcent: pourcent(nomTaux(j, "taux"), t.taux),
          plancherCentimes: montant(nomTaux(j, "plancher"), t.plancher),
          plafondCentimes: montant(nomTaux(j, "plafond"), t.plafond),
        }
      : {
          prixPleinCentimes: montant(nomTaux(j, "prixPlein"), t.prixPlein),
          tauxPourcent: pourcent(nomTaux(j, "taux"), t.taux),
          plancherPourcent: pourcent(nomTaux(j, "plancherPourcent"), t.plancherPourcent),
          plafondPourcent: pourcent(nomTaux(j, "plafondPourcent"), t.plafondPourcent),
        };
  const bareme =
    g.mode === "tranches"
      ? {
          type: g.mode,
          tranches: g.tranches.map((t, i) => ({
            minCentimes: montant(nomTranche(i, "min"), t.min),
            maxCentimes: lire(
              nomTranche(i, "max"),
              t.max,
              texteVersCentimes,
              "Montant en euros attendu, par exemple 650",
              null,
            ),
            // An empty price is left out: the engine then names the column whose price is missing.
            prix: Object.fromEntries(
              codes
                .map((code, j) => [code, montant(nomPrix(i, j), t.prix[j] ?? "")])
                .filter(([, p]) => p !== undefined),
            ),
          })),
        }
      : {
          type: g.mode,
          parametres: Object.fromEntries(codes.map((code, j) => [code, parametres(j, g.taux[j] ?? tauxVide())])),
        };
  const pai =
    g.pai.type === "pourcentage"
      ? { type: "pourcentage", pourcentagePaye: pourcent("pai.pourcentage", g.pai.pourcentage) }
      : g.pai.type === "prix_fixe"
        ? { type: "prix_fixe", prixCentimes: montant("pai.prix", g.pai.prix) }
        : g.pai.type
          ? { type: g.pai.type }
          : undefined;
  const occasionnel = g.occasionnel.trim() ? { pourcentagePaye: pourcent("occasionnel", g.occasionnel) } : undefined;
  const vide = (s: string) => (s === "" ? undefined : s);
  const brute = {
    version: 1,
    unite: g.unite,
    quotient: {
      source: g.quotient.source,
      revenu: vide(g.quotient.revenu),
      periode: g.quotient.periode,
      arrondi: vide(g.quotient.arrondi),
    },
    colonnes,
    bareme,
    // The engine accepts one no-data rule per mode: it follows the mode rather than being one more field to get wrong.
    sansDonnees: g.mode === "tranches" ? "tranche_la_plus_haute" : "plafond",
    residenceAVerifier: vide(g.residenceAVerifier),
    modificateurs: {
      fratrie: g.fratrie.map((p, i) => {
        // Only a bracket grid limits a step to some brackets; in a rate mode the ticked boxes wait, unused.
        const sauf =
          g.mode === "tranches"
            ? p.sauf.map((n) => numeroTranche(nomPalier(i, "sauf"), n)).filter((n) => n !== undefined && n !== null)
            : [];
        return {
          aPartirDuRang: rang(nomPalier(i, "rang"), p.rang),
          pourcentagePaye: pourcent(nomPalier(i, "pourcentage"), p.pourcentage),
          ...(sauf.length ? { saufTranches: [...new Set(sauf)].sort((a, b) => a - b) } : {}),
        };
      }),
      ...(pai ? { pai } : {}),
      ...(occasionnel ? { occasionnel } : {}),
    },
    arrondi: vide(g.arrondi),
  };
  const v = validerDefinition(brute);
  if (v.ok && saisie.length === 0) return v;
  const dejaSignales = new Set(saisie.map((p) => p.champ));
  const moteur = v.ok
    ? []
    : v.problemes
        .map((p) => ({ champ: champDuChemin(p.chemin, codes), message: p.message }))
        .filter((p) => !dejaSignales.has(p.champ));
  return { ok: false, problemes: ordonner(g, dedoublonner([...saisie, ...moteur])) };
}

function dedoublonner(problemes: ProblemeEditeur[]): ProblemeEditeur[] {
  const vus = new Set<string>();
  return problemes.filter((p) => {
    const k = `${p.champ}\u0000${p.message}`;
    return vus.has(k) ? false : (vus.add(k), true);
  });
}

/** In the order of the page, so that the summary reads from top to bottom. */
function ordonner(g: GrilleEditee, problemes: ProblemeEditeur[]): ProblemeEditeur[] {
  const ordre = new Map(
    ["", "unite", "mode", "colonnes", "tranches", "fratrie"].concat(Object.keys(aplatir(g))).map((c, i) => [c, i]),
  );
  const rangDe = (c: string) => ordre.get(c) ?? ordre.get(c.split(".")[0] ?? "") ?? ordre.size;
  return [...problemes].sort((a, b) => rangDe(a.champ) - rangDe(b.champ));
}

/** The editor's form for a stored definition. */
export function depuisDefinition(def: DefinitionGrille): GrilleEditee {
  const b = def.bareme;
  const colonnes = def.colonnes.map((c) => ({
    code: c.code,
    libelle: c.libelle,
    residence: c.criteres.residence ?? "",
    caf: c.criteres.allocataireCaf === undefined ? "" : c.criteres.allocataireCaf ? "oui" : "non",
  }));
  const euros = (c: number | undefined) => (c === undefined ? "" : centimesVersTexte(c));
  const pct = (x: number | undefined) => (x === undefined ? "" : pourcentVersTexte(x));
  const tranches =
    b.type === "tranches"
      ? b.tranches.map((t) => ({
          min: borneVersTexte(t.minCentimes),
          max: t.maxCentimes === null ? "" : borneVersTexte(t.maxCentimes),
          prix: def.colonnes.map((c) => euros(t.prix[c.code])),
        }))
      : [{ ...trancheVide(colonnes.length), min: "0" }];
  const taux = def.colonnes.map((c): TauxEdite => {
    const p = b.type === "tranches" ? undefined : (b.parametres[c.code] as Partial<Record<string, number>> | undefined);
    if (!p) return tauxVide();
    return {
      taux: pct(p.tauxPourcent),
      plancher: euros(p.plancherCentimes),
      plafond: euros(p.plafondCentimes),
      prixPlein: euros(p.prixPleinCentimes),
      plancherPourcent: pct(p.plancherPourcent),
      plafondPourcent: pct(p.plafondPourcent),
    };
  });
  const m = def.modificateurs;
  return {
    unite: def.unite,
    mode: b.type,
    quotient: { ...def.quotient },
    colonnes,
    tranches,
    taux,
    fratrie: m.fratrie.map((p) => ({
      rang: String(p.aPartirDuRang),
      pourcentage: pct(p.pourcentagePaye),
      sauf: (p.saufTranches ?? []).map(String),
    })),
    pai: {
      type: m.pai?.type ?? "",
      pourcentage: m.pai?.type === "pourcentage" ? pct(m.pai.pourcentagePaye) : "",
      prix: m.pai?.type === "prix_fixe" ? euros(m.pai.prixCentimes) : "",
    },
    occasionnel: m.occasionnel ? pct(m.occasionnel.pourcentagePaye) : "",
    residenceAVerifier: def.residenceAVerifier,
    arrondi: def.arrondi,
  };
}
