// The FranceConnect scopes the portal asks for the DGFiP data it needs (one scope per datum, specs README), and
// the year scope that matches the commune's policy. No scope serves "revenu imposable": a quotient based on it
// needs SPI mode. Pure.
import type { PolitiqueAnneeFiscale } from "./annee-fiscale";

const SCOPES_DONNEES_DGFIP = [
  "dgfip_rfr",
  "dgfip_nbpart",
  "dgfip_sitfam",
  "dgfip_nbpac",
  "dgfip_pariso",
  "dgfip_aft",
  // Declarants' names and birthdates, for the identity check only.
  "dgfip_nmNaiDec1",
  "dgfip_nmUsaDec1",
  "dgfip_prnmDec1",
  "dgfip_dateNaisDec1",
  "dgfip_nmNaiDec2",
  "dgfip_nmUsaDec2",
  "dgfip_prnmDec2",
  "dgfip_dateNaisDec2",
] as const;

const SCOPE_ANNEE: Record<PolitiqueAnneeFiscale, string> = {
  n_moins_1: "dgfip_annee_n_moins_1",
  n_moins_2: "dgfip_annee_n_moins_2",
  n_moins_3: "dgfip_annee_n_moins_3",
  // Not combinable with the others (FranceConnect's rule).
  n_moins_1_sinon_n_moins_2: "dgfip_annee_n_moins_2_si_indispo_n_moins_1",
};

export function scopesFranceConnectDgfip(politique: PolitiqueAnneeFiscale): string[] {
  return [...SCOPES_DONNEES_DGFIP, SCOPE_ANNEE[politique]];
}
