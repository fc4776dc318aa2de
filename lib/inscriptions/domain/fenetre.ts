// Whether an activity takes enrolments now: inside its window when it has one. Pure.
export type EtatFenetre = "ouverte" | "pas_encore" | "close";

export function etatFenetre(
  a: { ouvertureInscriptions: Date | null; fermetureInscriptions: Date | null },
  maintenant: Date,
): EtatFenetre {
  if (a.ouvertureInscriptions && maintenant < a.ouvertureInscriptions) return "pas_encore";
  if (a.fermetureInscriptions && maintenant > a.fermetureInscriptions) return "close";
  return "ouverte";
}

/** An enrolment that still holds (or waits for) a place: a child cannot be enrolled twice in one activity. */
export const STATUTS_ACTIFS = ["en_attente", "validee", "liste_attente"] as const;
