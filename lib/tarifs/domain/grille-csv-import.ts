// Import of a grid from its CSV form (see grille-csv.ts). All or nothing: any problem rejects the whole file, each
// problem with its line number, so that nothing is ever half-imported. The rebuilt definition then goes through
// the same zod validation as the editor, and its issues are traced back to the line that produced the field.
import { CsvError, parse } from "csv-parse/sync";

import { validerDefinition, type DefinitionGrille } from "./definition.schema";
import { ENTETE_CSV, FORMAT_CSV, PARAMETRES_CSV } from "./grille-csv";
import {
  Chantier,
  lireModificateurs,
  lireTaux,
  lireTranches,
  RUBRIQUES,
  trier,
  type ErreurImport,
  type Rangee,
  type Rubrique,
} from "./grille-csv-chantier";

export type ResultatImport = { ok: true; definition: DefinitionGrille } | { ok: false; erreurs: ErreurImport[] };

const TAILLE_MAX = 500_000;

const MESSAGES_CSV: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "guillemet ouvert jamais refermé",
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: `nombre de champs incorrect (attendu : ${ENTETE_CSV.length}, séparés par « ; »)`,
  CSV_INVALID_CLOSING_QUOTE: "guillemet mal placé",
};

function lire(texte: string): { rangees: Rangee[]; erreurs: ErreurImport[] } | { erreurs: ErreurImport[] } {
  if (texte.length > TAILLE_MAX)
    return { erreurs: [{ ligne: null, message: "Fichier trop volumineux pour une grille tarifaire" }] };
  const premiere = texte.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = premiere.includes(";") ? ";" : ",";
  let enregistrements: { record: string[]; info: { lines: number } }[];
  try {
    enregistrements = parse(texte, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof enregistrements;
  } catch (e) {
    if (e instanceof CsvError)
      return {
        erreurs: [
          {
            ligne: (e as CsvError & { lines?: number }).lines ?? null,
            message: `CSV illisible : ${MESSAGES_CSV[e.code] ?? "structure invalide"}`,
          },
        ],
      };
    throw e;
  }
  const [entete, ...corps] = enregistrements;
  if (!entete || entete.record.map((x) => x.toLowerCase()).join(";") !== ENTETE_CSV.join(";")) {
    return { erreurs: [{ ligne: entete?.info.lines ?? 1, message: `En-tête attendu : ${ENTETE_CSV.join(";")}` }] };
  }
  const erreurs: ErreurImport[] = [];
  const rangees: Rangee[] = [];
  for (const { record, info } of corps) {
    const [rubrique = "", cle = "", colonne = "", min = "", max = "", valeur = ""] = record;
    const r = rubrique.toLowerCase();
    if (!(RUBRIQUES as readonly string[]).includes(r))
      erreurs.push({
        ligne: info.lines,
        message: `Rubrique inconnue « ${rubrique} » (attendu : ${RUBRIQUES.join(", ")})`,
      });
    else rangees.push({ ligne: info.lines, rubrique: r as Rubrique, cle, colonne, min, max, valeur });
  }
  return { rangees, erreurs };
}

export function importerGrilleCsv(texte: string): ResultatImport {
  const lu = lire(texte);
  if (!("rangees" in lu)) return { ok: false, erreurs: lu.erreurs };
  const ch = new Chantier();
  for (const e of lu.erreurs) ch.erreur(e.ligne, e.message);
  const de = (r: Rubrique) => lu.rangees.filter((x) => x.rubrique === r);

  const format = de("format");
  if (!format.length)
    ch.erreur(null, "Ligne « format » absente : ce fichier n'est pas une grille exportée par le portail");
  for (const f of format) {
    if (ch.unique("format", f.ligne, "Format") && (f.cle !== FORMAT_CSV.cle || f.valeur !== FORMAT_CSV.version)) {
      ch.erreur(f.ligne, `Format inconnu : attendu « format;${FORMAT_CSV.cle};;;;${FORMAT_CSV.version} »`);
    }
  }

  const params = new Map<string, string>();
  for (const p of de("parametre")) {
    const chemin = (PARAMETRES_CSV as Record<string, readonly string[]>)[p.cle];
    if (!chemin)
      ch.erreur(p.ligne, `Paramètre inconnu « ${p.cle} » (attendu : ${Object.keys(PARAMETRES_CSV).join(", ")})`);
    else if (ch.unique(`parametre:${p.cle}`, p.ligne, `Paramètre « ${p.cle} »`)) {
      params.set(p.cle, p.valeur);
      ch.noter([...chemin], p.ligne);
    }
  }
  const mode = params.get("mode");
  if (mode === undefined) ch.erreur(null, "Paramètre « mode » absent (tranches, taux_effort ou tpi)");

  const colonnes: { code: string; libelle: string; criteres: { residence?: string; allocataireCaf?: boolean } }[] = [];
  for (const c of de("colonne")) {
    if (!ch.unique(`colonne:${c.cle}`, c.ligne, `Colonne « ${c.cle} »`)) continue;
    ch.noter(["colonnes"], c.ligne);
    ch.noter(["colonnes", colonnes.length], c.ligne);
    colonnes.push({ code: c.cle, libelle: c.valeur, criteres: {} });
  }
  const indexColonne = (code: string, ligne: number) => {
    const i = colonnes.findIndex((c) => c.code === code);
    if (i < 0) ch.erreur(ligne, `Colonne « ${code} » non déclarée : ajoutez une ligne « colonne;${code};;;;libellé »`);
    return i;
  };

  for (const c of de("critere")) {
    const i = indexColonne(c.colonne, c.ligne);
    if (i < 0 || !ch.unique(`critere:${c.colonne}:${c.cle}`, c.ligne, `Critère « ${c.cle} »`)) continue;
    const criteres = colonnes[i]!.criteres;
    if (c.cle === "residence") criteres.residence = c.valeur;
    else if (c.cle === "allocataire_caf" && ["oui", "non"].includes(c.valeur.toLowerCase()))
      criteres.allocataireCaf = c.valeur.toLowerCase() === "oui";
    else if (c.cle === "allocataire_caf")
      ch.erreur(c.ligne, `Allocataire CAF : « oui » ou « non », pas « ${c.valeur} »`);
    else ch.erreur(c.ligne, `Critère inconnu « ${c.cle} » (attendu : residence, allocataire_caf)`);
    ch.noter(["colonnes", i, "criteres", c.cle === "residence" ? "residence" : "allocataireCaf"], c.ligne);
    ch.noter(["colonnes", i, "criteres"], c.ligne);
  }

  const bareme =
    mode === "tranches"
      ? { type: mode, tranches: lireTranches(ch, de("tranche"), indexColonne) }
      : mode === "taux_effort" || mode === "tpi"
        ? { type: mode, parametres: lireTaux(ch, mode, de("taux"), indexColonne) }
        : { type: mode };
  const horsMode = mode === "tranches" ? de("taux") : mode === "taux_effort" || mode === "tpi" ? de("tranche") : [];
  for (const r of horsMode)
    ch.erreur(r.ligne, `Ligne « ${r.rubrique} » inattendue : la grille est en mode « ${mode} »`);

  const modificateurs = lireModificateurs(ch, de("fratrie"), de("sauf_tranche"), de("pai"), de("occasionnel"));
  if (ch.erreurs.length) return { ok: false, erreurs: trier(ch.erreurs) };

  const brute = {
    version: 1,
    unite: params.get("unite"),
    quotient: {
      source: params.get("quotient.source"),
      revenu: params.get("quotient.revenu"),
      periode: params.get("quotient.periode"),
      arrondi: params.get("quotient.arrondi"),
    },
    colonnes,
    bareme,
    sansDonnees: params.get("sans_donnees"),
    residenceAVerifier: params.get("residence_a_verifier"),
    modificateurs,
    arrondi: params.get("arrondi"),
  };
  const v = validerDefinition(brute);
  if (v.ok) return v;
  const parChemin = new Map(Object.entries(PARAMETRES_CSV).map(([cle, chemin]) => [chemin.join("."), cle]));
  return {
    ok: false,
    erreurs: trier(
      v.problemes.map((p) => {
        const ligne = ch.ligneDe(p.chemin);
        const parametre = parChemin.get(p.chemin.join("."));
        return {
          ligne,
          message:
            ligne === null && parametre ? `Paramètre « ${parametre} » absent ou invalide : ${p.message}` : p.message,
        };
      }),
    ),
  };
}
