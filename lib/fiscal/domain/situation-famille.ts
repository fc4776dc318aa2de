// Les codes DGFiP de la situation de famille, tels que sur l'avis d'imposition : la seule liste de leurs libellés
// (saisie de l'agent, dossier, données de la famille, périodes d'une année à plusieurs situations).

export const SITUATIONS_FAMILLE = {
  M: "Marié(e)s",
  O: "Pacsé(e)s",
  C: "Célibataire",
  D: "Divorcé(e) ou séparé(e)",
  V: "Veuf ou veuve",
} as const;
export type CodeSituationFamille = keyof typeof SITUATIONS_FAMILLE;

export const estCodeSituationFamille = (code: string): code is CodeSituationFamille =>
  Object.hasOwn(SITUATIONS_FAMILLE, code);

/** Le libellé d'un code ; un code inconnu de cette liste est rendu tel quel, entre guillemets. */
export function libelleSituationFamille(code: string | null): string {
  if (!code) return "non précisée";
  return estCodeSituationFamille(code) ? SITUATIONS_FAMILLE[code] : `« ${code} »`;
}
