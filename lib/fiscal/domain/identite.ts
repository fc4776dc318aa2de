// Is the account holder one of the foyer's declarants? The one definition of the match (issue 10): normalised birth
// or usage name, first given name and birthdate of the identité pivot against the declarants the DGFiP returned,
// ignoring accents, case, hyphens and apostrophes. Only an identity certified by FranceConnect can match: a
// self-declared one is no proof, and a presumed birthdate (AAAA-00-00, AAAA-MM-00) never matches automatically.
// Anything but a match is a case for an agent, never a silent refusal. Pure.

export interface Declarant {
  rang: 1 | 2;
  nomNaissance: string | null;
  nomUsage: string | null;
  prenoms: string | null;
  /** AAAA-MM-JJ */
  dateNaissance: string | null;
}

export interface IdentitePivot {
  prenoms: string;
  nomNaissance: string;
  nomUsage?: string | null;
  /** AAAA-MM-JJ; FranceConnect sends AAAA-00-00 or AAAA-MM-00 for a presumed birthdate. */
  dateNaissance: string;
  /** Certified by FranceConnect (identité pivot); false for what a local account declared. */
  certifiee: boolean;
}

type MotifNonConcordance = "divergente" | "non_certifiee" | "date_presumee";

export type ControleIdentite = { concordante: true; rang: 1 | 2 } | { concordante: false; motif: MotifNonConcordance };

const datePresumee = (date: string) => !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date);

function normaliserNom(texte: string): string {
  return texte
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

const noms = (...valeurs: (string | null | undefined)[]) =>
  new Set(
    valeurs
      .filter((v): v is string => Boolean(v))
      .map(normaliserNom)
      .filter(Boolean),
  );

function prenomsConcordent(a: string, b: string): boolean {
  const x = normaliserNom(a);
  const y = normaliserNom(b);
  // Civil status may list all first names on one side and only the usual one on the other: the first must agree.
  return x === y || (x.split(" ")[0] !== undefined && x.split(" ")[0] === y.split(" ")[0]);
}

export function controlerIdentite(declarants: readonly Declarant[], titulaire: IdentitePivot): ControleIdentite {
  if (datePresumee(titulaire.dateNaissance)) return { concordante: false, motif: "date_presumee" };
  const nomsTitulaire = noms(titulaire.nomNaissance, titulaire.nomUsage);
  for (const d of declarants) {
    if (!d.prenoms || !d.dateNaissance || datePresumee(d.dateNaissance)) continue;
    const nomCommun = [...noms(d.nomNaissance, d.nomUsage)].some((n) => nomsTitulaire.has(n));
    if (nomCommun && prenomsConcordent(d.prenoms, titulaire.prenoms) && d.dateNaissance === titulaire.dateNaissance) {
      return titulaire.certifiee ? { concordante: true, rang: d.rang } : { concordante: false, motif: "non_certifiee" };
    }
  }
  return { concordante: false, motif: "divergente" };
}
