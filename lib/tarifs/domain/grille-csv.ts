// CSV form of a grid definition, for admins who keep grids in a spreadsheet: one fact per row, semicolon-separated
// (French spreadsheets), French decimals ("1,20"), UTF-8 with BOM. Import: grille-csv-import.ts.
//
//   rubrique;cle;colonne;min;max;valeur
//   format;portail-famille-grille;;;;1
//   parametre;unite;;;;repas                      (also quotient.source, quotient.revenu, quotient.periode,
//                                                   quotient.arrondi, mode, sans_donnees, residence_a_verifier, arrondi)
//   colonne;non_resident;;;;Non-résident           (code, libellé)
//   critere;residence;non_resident;;;non_resident  (or critere;allocataire_caf;<colonne>;;;oui|non)
//   tranche;2;non_resident;501;800;4,70            (numéro, colonne, bornes du quotient en euros, prix)
//   taux;taux_pourcent;tarif;;;0,36                (taux_effort: taux_pourcent, plancher, plafond ;
//                                                   tpi: prix_plein, taux_pourcent, plancher_pourcent, plafond_pourcent)
//   fratrie;3;;;;50                                (à partir du rang 3, pourcentage payé)
//   sauf_tranche;fratrie.3;;;;1                    (le palier du rang 3 ne s'applique pas à la tranche 1)
//   pai;pourcentage;;;;40                          (ou pai;prix_fixe;;;;0,90)
//   occasionnel;pourcentage;;;;120
import { stringify } from "csv-stringify/sync";

import type { DefinitionGrille } from "./definition.schema";

export const ENTETE_CSV = ["rubrique", "cle", "colonne", "min", "max", "valeur"] as const;
export const FORMAT_CSV = { cle: "portail-famille-grille", version: "1" } as const;

/** Parameter key in the CSV → where it lives in the definition. */
export const PARAMETRES_CSV = {
  unite: ["unite"],
  "quotient.source": ["quotient", "source"],
  "quotient.revenu": ["quotient", "revenu"],
  "quotient.periode": ["quotient", "periode"],
  "quotient.arrondi": ["quotient", "arrondi"],
  mode: ["bareme", "type"],
  sans_donnees: ["sansDonnees"],
  residence_a_verifier: ["residenceAVerifier"],
  arrondi: ["arrondi"],
} as const;

/** CSV key of a rate parameter → field of the definition, and whether it is money (cents) or a percentage. */
export const PARAMETRES_TAUX_CSV = {
  taux_effort: {
    taux_pourcent: ["tauxPourcent", "pourcent"],
    plancher: ["plancherCentimes", "euros"],
    plafond: ["plafondCentimes", "euros"],
  },
  tpi: {
    prix_plein: ["prixPleinCentimes", "euros"],
    taux_pourcent: ["tauxPourcent", "pourcent"],
    plancher_pourcent: ["plancherPourcent", "pourcent"],
    plafond_pourcent: ["plafondPourcent", "pourcent"],
  },
} as const;

/** 120 → "1,20". */
export function centimesVersTexte(c: number): string {
  return `${Math.trunc(c / 100)},${String(c % 100).padStart(2, "0")}`;
}

/** Bracket bound: 50100 → "501", 50050 → "500,50". */
export function borneVersTexte(c: number): string {
  return c % 100 === 0 ? String(c / 100) : centimesVersTexte(c);
}

export function pourcentVersTexte(x: number): string {
  return String(x).replace(".", ",");
}

/** "1,20", "1.2", "1 234,5 €" → 120 / 123450; null when unreadable. No float on the way. */
export function texteVersCentimes(texte: string): number | null {
  const t = texte.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

export function texteVersPourcent(texte: string): number | null {
  const t = texte.replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  return /^\d{1,4}(?:[.,]\d{1,6})?$/.test(t) ? Number(t.replace(",", ".")) : null;
}

type Ligne = [rubrique: string, cle: string, colonne: string, min: string, max: string, valeur: string];

function lignes(def: DefinitionGrille): Ligne[] {
  const l: Ligne[] = [["format", FORMAT_CSV.cle, "", "", "", FORMAT_CSV.version]];
  const p = (cle: keyof typeof PARAMETRES_CSV, valeur: string) => l.push(["parametre", cle, "", "", "", valeur]);
  p("unite", def.unite);
  p("quotient.source", def.quotient.source);
  p("quotient.revenu", def.quotient.revenu);
  p("quotient.periode", def.quotient.periode);
  p("quotient.arrondi", def.quotient.arrondi);
  p("mode", def.bareme.type);
  p("sans_donnees", def.sansDonnees);
  p("residence_a_verifier", def.residenceAVerifier);
  p("arrondi", def.arrondi);
  for (const c of def.colonnes) l.push(["colonne", c.code, "", "", "", c.libelle]);
  for (const c of def.colonnes) {
    if (c.criteres.residence) l.push(["critere", "residence", c.code, "", "", c.criteres.residence]);
    if (c.criteres.allocataireCaf !== undefined)
      l.push(["critere", "allocataire_caf", c.code, "", "", c.criteres.allocataireCaf ? "oui" : "non"]);
  }
  const b = def.bareme;
  if (b.type === "tranches") {
    b.tranches.forEach((t, i) => {
      for (const c of def.colonnes) {
        const prix = t.prix[c.code];
        if (prix !== undefined)
          l.push([
            "tranche",
            String(i + 1),
            c.code,
            borneVersTexte(t.minCentimes),
            t.maxCentimes === null ? "" : borneVersTexte(t.maxCentimes),
            centimesVersTexte(prix),
          ]);
      }
    });
  } else {
    const champs = PARAMETRES_TAUX_CSV[b.type];
    for (const c of def.colonnes) {
      const params = b.parametres[c.code] as Record<string, number> | undefined;
      if (!params) continue;
      for (const [cle, [champ, genre]] of Object.entries(champs)) {
        const v = params[champ];
        if (v !== undefined)
          l.push(["taux", cle, c.code, "", "", genre === "euros" ? centimesVersTexte(v) : pourcentVersTexte(v)]);
      }
    }
  }
  for (const f of def.modificateurs.fratrie)
    l.push(["fratrie", String(f.aPartirDuRang), "", "", "", pourcentVersTexte(f.pourcentagePaye)]);
  for (const f of def.modificateurs.fratrie)
    for (const t of f.saufTranches ?? []) l.push(["sauf_tranche", `fratrie.${f.aPartirDuRang}`, "", "", "", String(t)]);
  const pai = def.modificateurs.pai;
  if (pai)
    l.push([
      "pai",
      pai.type,
      "",
      "",
      "",
      pai.type === "pourcentage" ? pourcentVersTexte(pai.pourcentagePaye) : centimesVersTexte(pai.prixCentimes),
    ]);
  if (def.modificateurs.occasionnel)
    l.push([
      "occasionnel",
      "pourcentage",
      "",
      "",
      "",
      pourcentVersTexte(def.modificateurs.occasionnel.pourcentagePaye),
    ]);
  return l;
}

/** The CSV text of a definition (BOM, CRLF, `;`). */
export function exporterGrilleCsv(def: DefinitionGrille): string {
  return `\uFEFF${stringify([[...ENTETE_CSV], ...lignes(def)], { delimiter: ";", record_delimiter: "windows" })}`;
}
