/** The contract between a server action and its form (useActionState), with or without JavaScript. */
export interface EtatFormulaire {
  statut: "inactif" | "succes" | "erreur";
  message?: string;
  erreurs?: Record<string, string[] | undefined>;
  /** What the person typed, to put back in the fields after an error (never passwords). */
  valeurs?: Record<string, string | string[]>;
}

export const ETAT_INITIAL: EtatFormulaire = { statut: "inactif" };

/** What an action says when fields failed their checks; the form shows it only above a summary of those fields. */
export const MESSAGE_CHAMPS_EN_ERREUR = "Le formulaire contient des erreurs : corrigez les champs signalés.";

/** The fields in error, in the order the action gave them (a key with no message is no error). */
export function champsEnErreur(etat: EtatFormulaire): [string, string[]][] {
  return Object.entries(etat.erreurs ?? {}).filter((e): e is [string, string[]] => Boolean(e[1]?.length));
}
