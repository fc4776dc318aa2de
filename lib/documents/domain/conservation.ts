// How long an uploaded document is kept (RGPD minimisation): until the end of the instruction of its dossier plus
// the time to contest the decision, and never more than the configured period after the upload.

const JOUR = 24 * 3600 * 1000;

/** Two months to contest an administrative decision (recours contentieux), counted generously. */
const DELAI_RECOURS_JOURS = 62;

export function echeanceDepot(deposeLe: Date, conservationJours: number): Date {
  return new Date(deposeLe.getTime() + conservationJours * JOUR);
}

/** A dossier closed on `closLe`: its documents go after the appeal delay, or earlier if already due. */
export function echeanceApresInstruction(expireLe: Date, closLe: Date): Date {
  const apresRecours = new Date(closLe.getTime() + DELAI_RECOURS_JOURS * JOUR);
  return apresRecours < expireLe ? apresRecours : expireLe;
}
