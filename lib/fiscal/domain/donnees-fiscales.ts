// Ce que la collectivité garde d'une réponse de la DGFiP (minimisation RGPD, docs/contrats-amont.md §6) : RFR,
// revenu imposable (mode SPI seulement), parts, situation de famille, personnes à charge, parent isolé, adresse
// fiscale et son détail structuré, et les noms et dates de naissance des déclarants pour le contrôle d'identité.
// Rien d'autre n'est stocké. Pur.
import { lireAdresseFiscale } from "./adresse-fiscale";
import type { Declarant } from "./identite";

/** The fields read from one situation (names of the API Impôt particulier contract). */
export interface SituationDeclaree {
  rfr?: number;
  revImposable?: number;
  nbPart?: number;
  sitFam?: string;
  pac?: { nbPac?: number };
  sitParIso?: string;
  aft?: string;
  aftDetail?: { voie?: string; complementAdresse?: string; getcodePostal?: string; getcommune?: string };
  nmNaiDec1?: string;
  nmUsaDec1?: string;
  prnmDec1?: string;
  dateNaisDec1?: { jour?: string; mois?: string; annee?: string };
  nmNaiDec2?: string;
  nmUsaDec2?: string;
  prnmDec2?: string;
  dateNaisDec2?: { jour?: string; mois?: string; annee?: string };
}

export interface DonneesFiscales {
  /** Euros. */
  rfr: number | null;
  /** Euros; FranceConnect has no scope for it, so only SPI mode fills it. */
  revenuImposable: number | null;
  nbParts: number | null;
  situationFamille: string | null;
  nbPersonnesCharge: number | null;
  parentIsole: boolean;
  adresseFiscale: string | null;
  adresse: { voie: string | null; complement: string | null; codePostal: string | null; commune: string | null };
  declarants: Declarant[];
}

function date(d: SituationDeclaree["dateNaisDec1"]): string | null {
  if (!d?.annee || !d.mois || !d.jour) return null;
  return `${d.annee.padStart(4, "0")}-${d.mois.padStart(2, "0")}-${d.jour.padStart(2, "0")}`;
}

function declarant(
  rang: 1 | 2,
  nomNaissance?: string,
  nomUsage?: string,
  prenoms?: string,
  naissance?: SituationDeclaree["dateNaisDec1"],
): Declarant | null {
  if (!nomNaissance && !nomUsage && !prenoms) return null;
  return {
    rang,
    nomNaissance: nomNaissance ?? null,
    nomUsage: nomUsage ?? null,
    prenoms: prenoms ?? null,
    dateNaissance: date(naissance),
  };
}

export function extraireDonneesFiscales(s: SituationDeclaree): DonneesFiscales {
  return {
    rfr: s.rfr ?? null,
    revenuImposable: s.revImposable ?? null,
    nbParts: s.nbPart ?? null,
    situationFamille: s.sitFam ?? null,
    nbPersonnesCharge: s.pac?.nbPac ?? null,
    // Case T of the declaration ("parent isolé").
    parentIsole: s.sitParIso?.trim().toUpperCase() === "T",
    adresseFiscale: s.aft ?? null,
    // aftDetail may be missing or partial: completed from aft (adresse-fiscale.ts).
    adresse: lireAdresseFiscale(s.aft, s.aftDetail),
    declarants: [
      declarant(1, s.nmNaiDec1, s.nmUsaDec1, s.prnmDec1, s.dateNaisDec1),
      declarant(2, s.nmNaiDec2, s.nmUsaDec2, s.prnmDec2, s.dateNaisDec2),
    ].filter((d): d is Declarant => d !== null),
  };
}
