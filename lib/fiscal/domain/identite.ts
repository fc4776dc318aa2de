// Is the account holder one of the foyer's declarants? Compares the identité pivot (FranceConnect, certified by
// INSEE) with the declarants' names and birthdates the DGFiP returned, ignoring accents, case, hyphens and
// apostrophes. A mismatch is a case for an agent ("identité divergente"), never a silent refusal. Pure.

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
  /** AAAA-MM-JJ */
  dateNaissance: string;
}

export type ControleIdentite = { concordante: true; rang: 1 | 2 } | { concordante: false };

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
  const nomsTitulaire = noms(titulaire.nomNaissance, titulaire.nomUsage);
  for (const d of declarants) {
    if (!d.prenoms || !d.dateNaissance) continue;
    const nomCommun = [...noms(d.nomNaissance, d.nomUsage)].some((n) => nomsTitulaire.has(n));
    if (nomCommun && prenomsConcordent(d.prenoms, titulaire.prenoms) && d.dateNaissance === titulaire.dateNaissance) {
      return { concordante: true, rang: d.rang };
    }
  }
  return { concordante: false };
}
