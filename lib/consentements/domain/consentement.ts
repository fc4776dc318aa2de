// Ce que la famille lit avant que la moindre donnée fiscale circule (docs/contrats-amont.md §8) : exactement
// quelles données, de qui, pour quelle année de revenus et pourquoi. Le même texte est enregistré avec le
// consentement. Pur.
import type { AnneeCandidate } from "@/lib/fiscal/domain/annee-fiscale";

export const FOURNISSEUR = "la Direction générale des Finances publiques (DGFiP), par l'API Impôt particulier";

export const FINALITE =
  "Calculer votre quotient familial et le tarif des activités de vos enfants, et savoir si votre foyer réside sur le territoire.";

const DONNEES_DEMANDEES = [
  { code: "rfr", libelle: "le revenu fiscal de référence", pourquoi: "pour calculer le quotient familial" },
  { code: "nb_parts", libelle: "le nombre de parts", pourquoi: "pour calculer le quotient familial" },
  {
    code: "situation_famille",
    libelle: "la situation de famille (mariés, pacsés, célibataire…)",
    pourquoi: "pour vérifier la composition du foyer",
  },
  {
    code: "personnes_a_charge",
    libelle: "le nombre de personnes à charge et la case « parent isolé »",
    pourquoi: "pour vérifier la composition du foyer",
  },
  {
    code: "adresse_fiscale",
    libelle: "l'adresse fiscale",
    pourquoi: "pour appliquer le tarif résident ou non-résident",
  },
  {
    code: "declarants",
    libelle: "les noms, prénoms et dates de naissance des déclarants",
    pourquoi: "pour vérifier que vous êtes déclarant de ce foyer fiscal",
  },
] as const;

/** SPI mode only: the revenu imposable comes and is kept (no FranceConnect scope serves it). */
const REVENU_IMPOSABLE = {
  code: "revenu_imposable",
  libelle: "le revenu imposable",
  pourquoi: "pour les grilles qui calculent le quotient familial sur ce revenu",
} as const;

export type ModeConsentement = "spi" | "franceconnect";

/** Exactly what is kept in this mode: the consent text and the consent record list the same data. */
export function donneesDemandees(mode: ModeConsentement) {
  return mode === "spi" ? [...DONNEES_DEMANDEES, REVENU_IMPOSABLE] : [...DONNEES_DEMANDEES];
}

export const codesDonnees = (mode: ModeConsentement) => donneesDemandees(mode).map((d) => d.code);

/** "revenus 2025 (déclarés en 2026), ou revenus 2024 s'ils ne sont pas encore disponibles". */
export function libelleAnnees(candidates: readonly AnneeCandidate[]): string {
  const [premiere, repli] = candidates;
  if (!premiere) return "la dernière année de revenus disponible";
  const texte = `les revenus ${premiere.annee} (déclarés en ${premiere.annee + 1})`;
  return repli
    ? `${texte}, ou les revenus ${repli.annee} si ceux de ${premiere.annee} ne sont pas encore disponibles`
    : texte;
}
