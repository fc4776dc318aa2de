// Le quotient familial d'un dossier pour un mois, et l'allocataire retrouvé par son état civil. Pur.
// Mois repérés par un index (année × 12 + mois - 1), relatifs au mois en cours du simulateur (UTC).
import type { DossierCaf, Persona, Population } from "../population/schema";

const index = (annee: number, mois: number) => annee * 12 + mois - 1;
const depuisIndex = (i: number) => ({ annee: Math.floor(i / 12), mois: (i % 12) + 1 });

/** Mois demandé d'après `annee`/`mois` (chacun facultatif), ou l'erreur 400 que décrit le contrat. */
export function moisDemande(
  maintenant: Date,
  annee: number | null,
  mois: number | null,
): { ok: true; index: number } | { ok: false; detail: string } {
  const courant = index(maintenant.getUTCFullYear(), maintenant.getUTCMonth() + 1);
  const i = index(annee ?? maintenant.getUTCFullYear(), mois ?? maintenant.getUTCMonth() + 1);
  if (i > courant) return { ok: false, detail: "La période demandée est dans le futur" };
  if (courant - i > 24) return { ok: false, detail: "La période demandée dépasse l'historique de deux ans" };
  return { ok: true, index: i };
}

export interface Quotient {
  fournisseur: "CNAF" | "MSA";
  valeur: number;
  annee: number;
  mois: number;
  annee_calcul: number;
  mois_calcul: number;
}

/**
 * CNAF : la valeur en vigueur au mois demandé, calculée au début de sa période ou, au plus tard, en janvier de
 * l'année demandée (mise à jour annuelle). MSA : seulement le mois en cours, recalculé chaque mois (contrat).
 */
export function quotientDuMois(dossier: DossierCaf, maintenant: Date, demande: number): Quotient {
  const courant = index(maintenant.getUTCFullYear(), maintenant.getUTCMonth() + 1);
  if (dossier.fournisseur === "MSA") {
    const q = dossier.quotients.at(-1)!;
    const { annee, mois } = depuisIndex(courant);
    return { fournisseur: "MSA", valeur: q.valeur, annee, mois, annee_calcul: annee, mois_calcul: mois };
  }
  let retenu = dossier.quotients[0]!;
  for (const q of dossier.quotients) if (courant + q.depuisEcartMois <= demande) retenu = q;
  const janvier = Math.floor(demande / 12) * 12;
  const calcul = Math.min(demande, Math.max(courant + retenu.depuisEcartMois, janvier));
  const { annee, mois } = depuisIndex(demande);
  const c = depuisIndex(calcul);
  return { fournisseur: "CNAF", valeur: retenu.valeur, annee, mois, annee_calcul: c.annee, mois_calcul: c.mois };
}

/** Majuscules sans accents ni ponctuation doublée : la comparaison d'état civil que fait un rapprochement. */
function normaliser(texte: string): string {
  return texte
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

export interface EtatCivilRecu {
  nomNaissance: string;
  prenoms: string[];
  sexe: "M" | "F";
  pays: string;
  commune: string | null;
  anneeNaissance: number | null;
  moisNaissance: number | null;
  jourNaissance: number | null;
}

/** La personne de la population dont l'état civil correspond (nom, premier prénom, sexe, lieu, date connue). */
export function personaDeLEtatCivil(p: Population, e: EtatCivilRecu): Persona | null {
  return (
    p.personas.find((x) => {
      const i = x.identite;
      const [a, m, j] = i.birthdate.split("-").map(Number);
      return (
        normaliser(i.family_name) === normaliser(e.nomNaissance) &&
        normaliser(i.given_name).split(" ")[0] === normaliser(e.prenoms[0] ?? "").split(" ")[0] &&
        (i.gender === "female" ? "F" : "M") === e.sexe &&
        i.birthcountry === e.pays &&
        (i.birthplace ?? null) === e.commune &&
        (e.anneeNaissance === null || e.anneeNaissance === a) &&
        (e.moisNaissance === null || e.moisNaissance === m) &&
        (e.jourNaissance === null || e.jourNaissance === j)
      );
    }) ?? null
  );
}
