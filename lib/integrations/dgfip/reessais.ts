// Règle des nouveaux essais (docs/contrats-amont.md §5) : essais bornés, attente exponentielle avec une part de
// hasard, Retry-After respecté quand il tient, et en mode FranceConnect tout borné par la vie restante du jeton
// d'accès (un jeton mort ne se réessaie pas plus tard). Pur : l'horloge et le tirage au hasard sont des paramètres.

export interface RegleReessais {
  tentativesMax: number;
  attenteBaseMs: number;
  /** Longest single wait; a Retry-After beyond it means giving up rather than holding the citizen. */
  attenteMaxMs: number;
  delaiAppelMs: number;
}

/** Below this much remaining life, a FranceConnect token is not worth a request. */
const VIE_MINIMALE_JETON_FC_MS = 1_000;

/** Wait before attempt `tentative + 1`, or null when the policy gives up. `alea` ∈ [0, 1). */
export function attenteAvantNouvelEssai(
  regle: RegleReessais,
  tentative: number,
  retryAfterS: number | null,
  alea: number,
): number | null {
  if (tentative >= regle.tentativesMax) return null;
  const plafond = Math.min(regle.attenteMaxMs, regle.attenteBaseMs * 2 ** (tentative - 1));
  // "Equal jitter": half fixed, half random, so concurrent clients spread out without retrying at once.
  const attente = Math.round(plafond / 2 + (alea * plafond) / 2);
  if (retryAfterS === null) return attente;
  const demande = retryAfterS * 1000;
  return demande > regle.attenteMaxMs ? null : Math.max(attente, demande);
}

/** Whether an attempt starting after `attente` ms can still finish before the token dies. */
export function tientDansLeJeton(limite: number | null, maintenant: number, attente: number): boolean {
  return limite === null || limite - (maintenant + attente) >= VIE_MINIMALE_JETON_FC_MS;
}

/** Timeout of one attempt: the configured one, shortened to the token's remaining life. */
export function delaiTentative(regle: RegleReessais, limite: number | null, maintenant: number): number {
  return limite === null ? regle.delaiAppelMs : Math.max(0, Math.min(regle.delaiAppelMs, limite - maintenant));
}

/** Parses Retry-After (seconds or HTTP date). */
export function lireRetryAfter(valeur: string | null, maintenant: number): number | null {
  if (!valeur) return null;
  if (/^\d+$/.test(valeur.trim())) return Number(valeur.trim());
  const date = Date.parse(valeur);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - maintenant) / 1000));
}
