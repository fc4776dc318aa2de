/** The contract between a server action and its form (useActionState), with or without JavaScript. */
export interface EtatFormulaire {
  statut: "inactif" | "succes" | "erreur";
  message?: string;
  erreurs?: Record<string, string[] | undefined>;
  /** What the person typed, to put back in the fields after an error (never passwords). */
  valeurs?: Record<string, string | string[]>;
}

export const ETAT_INITIAL: EtatFormulaire = { statut: "inactif" };
