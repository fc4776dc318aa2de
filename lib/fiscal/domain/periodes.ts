// Several situations in one income year (death, marriage, PACS, divorce): the `multiple` resource returns one
// situation per period with its dates. They are kept, period by period, so that the agent sees them (nothing is
// guessed for the family); with the habilitation scope for a death (`dgfip_annee_df_au_3112_si_deces_ctb_mp`)
// the situation at 31 December is the one the commune is entitled to use. Pure.
import { formaterEurosEntiers, formaterNombre } from "@/lib/format";
import type { SituationDeclaree } from "./donnees-fiscales";
import { estCodeSituationFamille, libelleSituationFamille, SITUATIONS_FAMILLE } from "./situation-famille";

export const SCOPE_SITUATION_AU_3112_SI_DECES = "dgfip_annee_df_au_3112_si_deces_ctb_mp";

/** One situation of the `multiple` resource, as the client reads it. */
export interface SituationPeriode extends SituationDeclaree {
  dateDebutPeriode?: string;
  dateFinPeriode?: string;
  dateDecesdec1?: string;
  dateDecesdec2?: string;
}

export interface PeriodeFiscale {
  /** AAAA-MM-JJ as the DGFiP gives them (null when absent). */
  debut: string | null;
  fin: string | null;
  situationFamille: string | null;
  rfr: number | null;
  revenuImposable: number | null;
  nbParts: number | null;
  nbPersonnesCharge: number | null;
  decesDeclarant1: string | null;
  decesDeclarant2: string | null;
}

export function extrairePeriodes(situations: readonly SituationPeriode[]): PeriodeFiscale[] {
  return situations.map((s) => ({
    debut: s.dateDebutPeriode ?? null,
    fin: s.dateFinPeriode ?? null,
    situationFamille: s.sitFam ?? null,
    rfr: s.rfr ?? null,
    revenuImposable: s.revImposable ?? null,
    nbParts: s.nbPart ?? null,
    nbPersonnesCharge: s.pac?.nbPac ?? null,
    decesDeclarant1: s.dateDecesdec1 ?? null,
    decesDeclarant2: s.dateDecesdec2 ?? null,
  }));
}

/**
 * The situation at 31 December when a declarant died during the year: the period that ends on 31/12 (or the last
 * one, when it has no end date), provided a death date appears. Null otherwise (PACS, divorce…: an agent decides).
 */
export function situationAu3112SiDeces<T extends SituationPeriode>(situations: readonly T[]): T | null {
  if (situations.length < 2 || !situations.some((s) => s.dateDecesdec1 || s.dateDecesdec2)) return null;
  const derniere = situations.at(-1);
  if (!derniere || (derniere.dateFinPeriode && !derniere.dateFinPeriode.endsWith("-12-31"))) return null;
  return derniere;
}

/** « marié(e)s » dans la phrase ; un code inconnu : « situation « X » ». */
const situation = (code: string) =>
  estCodeSituationFamille(code) ? SITUATIONS_FAMILLE[code].toLowerCase() : `situation ${libelleSituationFamille(code)}`;

const date = (iso: string) => {
  const [a, m, j] = iso.split("-");
  return a && m && j ? `${j}/${m}/${a}` : iso;
};

/** « Du 01/01/2025 au 14/06/2025 : marié(e)s ; RFR 17 600 € ; 2,5 parts ; … » for the agent. */
export function decrirePeriode(p: PeriodeFiscale): string {
  const quand =
    p.debut && p.fin ? `Du ${date(p.debut)} au ${date(p.fin)}` : p.debut ? `À partir du ${date(p.debut)}` : "Période";
  const faits = [
    p.situationFamille ? situation(p.situationFamille) : null,
    p.rfr === null ? null : `revenu fiscal de référence ${formaterEurosEntiers(p.rfr)}`,
    p.revenuImposable === null ? null : `revenu imposable ${formaterEurosEntiers(p.revenuImposable)}`,
    p.nbParts === null ? null : `${formaterNombre(p.nbParts)} part${p.nbParts > 1 ? "s" : ""}`,
    p.nbPersonnesCharge === null ? null : `${p.nbPersonnesCharge} personne(s) à charge`,
    p.decesDeclarant1 ? `décès du déclarant 1 le ${date(p.decesDeclarant1)}` : null,
    p.decesDeclarant2 ? `décès du déclarant 2 le ${date(p.decesDeclarant2)}` : null,
  ].filter(Boolean);
  return `${quand} : ${faits.join(" ; ") || "aucune donnée"}`;
}
