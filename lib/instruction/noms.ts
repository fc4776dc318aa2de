// How the back-office names people in its pages and timeline.

export interface CompteNomme {
  prenoms: string | null;
  nomUsage: string | null;
  nomNaissance?: string | null;
  email?: string | null;
}

export function nomDuCompte(c: CompteNomme | null | undefined): string | null {
  if (!c) return null;
  return [c.prenoms, c.nomUsage ?? c.nomNaissance].filter(Boolean).join(" ") || c.email || "Compte sans nom";
}

export const SELECTION_NOM = { prenoms: true, nomUsage: true, nomNaissance: true, email: true } as const;
