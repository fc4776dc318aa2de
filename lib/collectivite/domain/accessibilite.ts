// The accessibility statement follows the RGAA model (arrêté du 20 septembre 2019, modèle de déclaration) : the
// conformity state is not chosen but follows from the audit. Totally conforming: 100 % of the applicable criteria;
// partially: at least 50 %; below, or without an audit, not conforming.

export type EtatConformite = "totalement conforme" | "partiellement conforme" | "non conforme";

export function etatDeConformite(d: { auditLe: Date | null; tauxConformite: number | null }): {
  etat: EtatConformite;
  raison: string | null;
} {
  if (!d.auditLe || d.tauxConformite === null)
    return { etat: "non conforme", raison: "aucun audit n'a encore été réalisé" };
  if (d.tauxConformite >= 100) return { etat: "totalement conforme", raison: null };
  if (d.tauxConformite >= 50) return { etat: "partiellement conforme", raison: null };
  return { etat: "non conforme", raison: null };
}

/** A list typed one item per line (a leading dash allowed): trimmed, without empty lines. */
export function lignes(texte: string): string[] {
  return texte
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, "").trim())
    .filter(Boolean);
}
