// Who must show a second factor, and where a session stands. Local agent and admin accounts only: ProConnect
// sessions proved theirs through `acr` (checked at sign-in), FranceConnect is for families, and families are not
// concerned. Pure.

export type EtatSecondFacteur = "non_requis" | "verifie" | "a_verifier" | "a_enroler";

export function etatSecondFacteur(p: {
  role: "citoyen" | "agent" | "admin";
  fournisseur: "franceconnect" | "proconnect" | "local";
  secondFacteurLe: Date | null;
  totpActif: boolean;
}): EtatSecondFacteur {
  if (p.role === "citoyen" || p.fournisseur !== "local") return "non_requis";
  if (p.secondFacteurLe) return "verifie";
  return p.totpActif ? "a_verifier" : "a_enroler";
}

/** A session that may use the portal: anything but a staff session still waiting for its second factor. */
export const sessionComplete = (etat: EtatSecondFacteur) => etat === "non_requis" || etat === "verifie";

export const CHEMIN_SECOND_FACTEUR = "/connexion/second-facteur";
export const CHEMIN_ENROLEMENT = "/connexion/second-facteur/enrolement";
