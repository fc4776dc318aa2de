// Is an adresse fiscale inside the territory? The DGFiP gives a postcode and a commune name, never an INSEE code.
// A postcode can be shared by several communes (inside and outside the territory) and an address can name a
// hamlet: whenever the name does not designate exactly one territory commune, the answer is "à vérifier"
// (an agent decides), never a guess.
import { normaliserCodePostal, normaliserNomCommune } from "./nom-commune";

export interface CommuneTerritoire {
  codeInsee: string;
  nom: string;
  codesPostaux: string[];
}

export interface AdresseFiscale {
  codePostal: string | null;
  commune: string | null;
}

type Candidat = Pick<CommuneTerritoire, "codeInsee" | "nom">;

type MotifAVerifier =
  /** Postcode or commune missing or malformed. */
  | "adresse_incomplete"
  /** The postcode belongs to several territory communes and the name designates none of them. */
  | "code_postal_partage"
  /** The postcode belongs to one territory commune but the name is another (hamlet, neighbouring commune). */
  | "nom_inconnu"
  /** The name is a territory commune but the postcode is not one of its postcodes. */
  | "code_postal_incoherent";

export type ResultatResidence =
  | { statut: "resident"; commune: Candidat }
  | { statut: "non_resident" }
  | { statut: "a_verifier"; motif: MotifAVerifier; candidats: Candidat[] };

const candidat = (c: CommuneTerritoire): Candidat => ({ codeInsee: c.codeInsee, nom: c.nom });

export function resoudreResidence(
  adresse: AdresseFiscale,
  territoire: readonly CommuneTerritoire[],
): ResultatResidence {
  const cp = adresse.codePostal ? normaliserCodePostal(adresse.codePostal) : null;
  const nom = adresse.commune ? normaliserNomCommune(adresse.commune) : "";
  if (!cp || !nom) return { statut: "a_verifier", motif: "adresse_incomplete", candidats: [] };

  const parCodePostal = territoire.filter((c) => c.codesPostaux.includes(cp));
  const parNom = territoire.filter((c) => normaliserNomCommune(c.nom) === nom);

  if (parCodePostal.length === 0) {
    return parNom.length
      ? { statut: "a_verifier", motif: "code_postal_incoherent", candidats: parNom.map(candidat) }
      : { statut: "non_resident" };
  }
  const lesDeux = parCodePostal.filter((c) => parNom.includes(c));
  if (lesDeux.length === 1) return { statut: "resident", commune: candidat(lesDeux[0]!) };
  if (parCodePostal.length > 1 || lesDeux.length > 1) {
    return {
      statut: "a_verifier",
      motif: "code_postal_partage",
      candidats: (lesDeux.length ? lesDeux : parCodePostal).map(candidat),
    };
  }
  return { statut: "a_verifier", motif: "nom_inconnu", candidats: parCodePostal.map(candidat) };
}
