// How admins read an e-mail the relay did not take. A refusal reported during the SMTP dialogue (5xx) is a bounce
// known at once; later bounces (delivery status notifications sent back to SMTP_FROM) are not read by the portal.

/** Recorded by the purge for an e-mail whose single-use link died before it could be sent. */
export const LIEN_EXPIRE = "lien expiré avant l'envoi";

export interface EtatEnvoi {
  abandonneLe: Date | null;
  derniereErreur: string | null;
  tentatives: number;
}

export function libelleStatutEnvoi(c: EtatEnvoi): string {
  if (!c.abandonneLe) return "Nouvel essai prévu";
  if (c.derniereErreur === LIEN_EXPIRE) return "Lien expiré avant l'envoi, contenu effacé";
  if (/^SMTP 5\d\d/.test(c.derniereErreur ?? "")) return "Refusé définitivement par le serveur de messagerie";
  return `Abandonné après ${c.tentatives} tentative${c.tentatives > 1 ? "s" : ""}`;
}
