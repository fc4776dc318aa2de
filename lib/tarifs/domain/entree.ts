// What the engine needs to price one child for one activity. Tax data comes in raw (it is only read, never put
// into the explanation); a quotient already known (admin preview, re-pricing from a stored explanation) can be
// given instead.
import type { NatureQuotient, SourceDonnee } from "./explication.schema";

export interface DonneesFiscales {
  rfrEuros: number | null;
  /** Only served in SPI mode. */
  revenuImposableEuros: number | null;
  nombreParts: number;
  /** null only for a family simulated in the admin's preview. */
  anneeRevenus: number | null;
  source: "dgfip_franceconnect" | "dgfip_spi" | "saisie_agent" | "saisie_apercu";
}

interface DonneesCaf {
  /** Monthly QF from the CNAF or MSA (API Particulier). */
  quotientFamilialEuros: number;
  organisme: "cnaf" | "msa";
  /** AAAA-MM */
  mois: string | null;
}

export interface QuotientFourni {
  valeurCentimes: number;
  periode: "annuel" | "mensuel";
  nature: NatureQuotient;
  source: SourceDonnee | null;
  anneeRevenus: number | null;
  mois: string | null;
}

export type Residence = "resident" | "non_resident" | "a_verifier";

export interface EntreeTarif {
  fiscal?: DonneesFiscales | null;
  caf?: DonneesCaf | null;
  /** Takes precedence over `fiscal` and `caf`. */
  quotient?: QuotientFourni | null;
  residence: Residence;
  /** Default: CAF data present. */
  allocataireCaf?: boolean;
  /** 1-based, see rangsFratrie(). Default 1. */
  rangFratrie?: number;
  pai?: boolean;
  frequence?: "reguliere" | "occasionnelle";
}
