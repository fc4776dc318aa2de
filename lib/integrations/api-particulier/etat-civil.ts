// L'état civil envoyé à `/identite`, tiré de l'identité certifiée par FranceConnect, jamais saisi par la famille.
// Pur. Une identité incomplète ou mal formée donne null : rien n'est envoyé (motif « état civil invalide »).
import type { EtatCivil } from "./port";

/** Les claims FranceConnect utiles (identité pivot). */
export interface IdentitePivot {
  given_name: string;
  family_name: string;
  birthdate: string;
  gender: string;
  birthplace?: string | null;
  birthcountry: string;
}

const FRANCE = "99100";

export function etatCivilDepuisFranceConnect(i: IdentitePivot): EtatCivil | null {
  const prenoms = i.given_name.trim().split(/\s+/).filter(Boolean).slice(0, 3);
  const nomNaissance = i.family_name.trim();
  const sexeEtatCivil = i.gender === "female" ? "F" : i.gender === "male" ? "M" : null;
  if (prenoms.length === 0 || !nomNaissance || !sexeEtatCivil) return null;
  if (!/^99\d{3}$/.test(i.birthcountry)) return null;
  let codeCommuneNaissance: string | null = null;
  if (i.birthcountry === FRANCE) {
    // Né en France : le code COG de la commune (Corse : 2A, 2B) est indispensable à l'API.
    if (!i.birthplace || !/^[0-9][0-9AB][0-9]{3}$/.test(i.birthplace)) return null;
    codeCommuneNaissance = i.birthplace;
  }
  // FranceConnect peut transmettre une date présumée (AAAA-00-00, AAAA-MM-00) : on n'envoie que ce qui est connu.
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(i.birthdate);
  const annee = d ? Number(d[1]) : 0;
  const mois = d ? Number(d[2]) : 0;
  const jour = d ? Number(d[3]) : 0;
  return {
    prenoms,
    nomNaissance,
    sexeEtatCivil,
    codePaysNaissance: i.birthcountry,
    codeCommuneNaissance,
    anneeNaissance: annee > 0 ? annee : null,
    moisNaissance: annee > 0 && mois >= 1 && mois <= 12 ? mois : null,
    jourNaissance: annee > 0 && mois >= 1 && mois <= 12 && jour >= 1 && jour <= 31 ? jour : null,
  };
}
