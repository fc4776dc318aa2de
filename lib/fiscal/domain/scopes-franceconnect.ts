// The FranceConnect scopes the portal asks for the DGFiP data it needs (one scope per datum, specs README), and
// the year scope that matches the commune's policy. The data scopes are those of the commune's habilitation (its
// fiscal settings); by default the current DataPass list (API Impôt particulier, FranceConnect modality), which
// names the number of dependants `dgfip_pac_nbPac`. No scope serves "revenu imposable": a quotient based on it
// needs SPI mode. Pure.
import type { PolitiqueAnneeFiscale } from "./annee-fiscale";

export const SCOPES_DONNEES_DGFIP_PAR_DEFAUT: readonly string[] = [
  "dgfip_rfr",
  "dgfip_nbpart",
  "dgfip_sitfam",
  "dgfip_pac_nbPac",
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
];

/** A data scope a commune may list: `dgfip_` then letters, digits, underscores; never a year scope (the policy
 * decides it), except the situation at 31/12 after a death, which its habilitation may grant (periodes.ts). */
export const estScopeDonneeDgfip = (s: string) =>
  /^dgfip_[A-Za-z0-9_]+$/.test(s) && (!s.startsWith("dgfip_annee_") || s === "dgfip_annee_df_au_3112_si_deces_ctb_mp");

const SCOPE_ANNEE: Record<PolitiqueAnneeFiscale, string> = {
  n_moins_1: "dgfip_annee_n_moins_1",
  n_moins_2: "dgfip_annee_n_moins_2",
  n_moins_3: "dgfip_annee_n_moins_3",
  // Not combinable with the others (FranceConnect's rule).
  n_moins_1_sinon_n_moins_2: "dgfip_annee_n_moins_2_si_indispo_n_moins_1",
};

/** The data scopes of the habilitation (the default list when none is set), then the policy's year scope. */
export function scopesFranceConnectDgfip(
  politique: PolitiqueAnneeFiscale,
  scopesDonnees: readonly string[] = SCOPES_DONNEES_DGFIP_PAR_DEFAUT,
): string[] {
  const donnees = scopesDonnees.length > 0 ? scopesDonnees : SCOPES_DONNEES_DGFIP_PAR_DEFAUT;
  return [...donnees, SCOPE_ANNEE[politique]];
}
