// De ce que le portail sait des impôts d'un foyer à (a) l'entrée du moteur de tarifs et (b) ce qu'un agent doit
// examiner avant que l'inscription puisse être validée. Validation automatique seulement quand tout est certifié et
// cohérent (docs/contrats-amont.md §2) : données de la DGFiP, une seule situation dans l'année, le titulaire du
// compte parmi les déclarants, un seul foyer fiscal, une adresse clairement dans ou hors du territoire. Pur.
import type { DonneesFiscales, Residence } from "@/lib/tarifs/domain/entree";

export type Raison =
  | "echec_api"
  | "annee_indisponible"
  | "non_declarant"
  | "situations_multiples"
  | "deux_foyers"
  | "adresse_hors_territoire"
  | "adresse_ambigue"
  | "identite_divergente"
  | "identite_non_verifiee"
  | "document_depose"
  | "consentement_refuse"
  | "spi_inconnu"
  | "habilitation_refusee"
  | "autorisation_a_renouveler"
  | "compte_non_certifie"
  | "donnees_manquantes";

export interface InstantanePourTarif {
  rfr: number | null;
  revenuImposable: number | null;
  nbParts: number | null;
  anneeRevenus: number;
  source: NonNullable<DonneesFiscales["source"]>;
  situationsMultiples: boolean;
}

export interface SituationPourTarif {
  voie: "donnees_fiscales" | "document" | "sans_tarification";
  /** Reasons recorded while fetching (failed call, identity mismatch…). */
  raisonsEnAttente: readonly Raison[];
  /** Account holder first; the second parent's foyer when they declare separately. */
  foyersFiscaux: readonly { rang: number; instantane: InstantanePourTarif | null }[];
  residence: Residence;
  consentementRefuse: boolean;
  /** The account holder's identity is certified by FranceConnect. A self-declared one is no proof: whatever the
   * route, an agent validates (issue 10 §4: fictitious children must not take places at once). */
  compteCertifie: boolean;
  /** The commune's setting for an address outside the territory (default: an agent's review). */
  horsTerritoire?: "examen_agent" | "tarif_non_resident";
  /** The year the commune's policy asks first today (fallback year said as such). */
  anneeAttendue?: number | null;
}

export interface DonneesRetenues {
  fiscal: DonneesFiscales | null;
  residence: Residence;
  raisons: Raison[];
  /** True when nothing is left for an agent: the enrolment is validated on submission. */
  automatique: boolean;
}

const utilisable = (i: InstantanePourTarif | null): i is InstantanePourTarif & { nbParts: number } =>
  i !== null &&
  !i.situationsMultiples &&
  i.nbParts !== null &&
  i.nbParts > 0 &&
  (i.rfr !== null || i.revenuImposable !== null);

/**
 * Two foyers fiscaux of unmarried parents are added up (revenues and parts); an agent confirms it anyway. Each
 * foyer keeps its own provenance: a certified foyer added to one an agent entered is not "entered by an agent".
 */
function combiner(
  a: InstantanePourTarif & { nbParts: number },
  b: InstantanePourTarif & { nbParts: number },
): DonneesFiscales {
  const somme = (x: number | null, y: number | null) => (x === null || y === null ? null : x + y);
  return {
    rfrEuros: somme(a.rfr, b.rfr),
    revenuImposableEuros: somme(a.revenuImposable, b.revenuImposable),
    nombreParts: a.nbParts + b.nbParts,
    anneeRevenus: Math.min(a.anneeRevenus, b.anneeRevenus),
    source: a.source === b.source ? a.source : null,
    foyers: [
      { rang: 1, source: a.source, anneeRevenus: a.anneeRevenus },
      { rang: 2, source: b.source, anneeRevenus: b.anneeRevenus },
    ],
  };
}

const versDonnees = (i: InstantanePourTarif & { nbParts: number }): DonneesFiscales => ({
  rfrEuros: i.rfr,
  revenuImposableEuros: i.revenuImposable,
  nombreParts: i.nbParts,
  anneeRevenus: i.anneeRevenus,
  source: i.source,
});

/**
 * The one combination rule, used at every pricing (submission and validation): the account holder's usable
 * snapshot, added to the second parent's when they declare separately and theirs is usable too. `anneeAttendue`
 * (the year the policy asks first) goes with the data so that a fallback year is said to be one.
 */
export function fiscalDesFoyers(
  foyersFiscaux: readonly { instantane: InstantanePourTarif | null }[],
  anneeAttendue?: number | null,
): DonneesFiscales | null {
  const [premier, second] = foyersFiscaux;
  const a = premier?.instantane ?? null;
  const b = second?.instantane ?? null;
  if (!utilisable(a)) return null;
  const donnees = second && utilisable(b) ? combiner(a, b) : versDonnees(a);
  return anneeAttendue == null ? donnees : { ...donnees, anneeAttendue };
}

export function donneesRetenues(s: SituationPourTarif): DonneesRetenues {
  const raisons = new Set<Raison>(s.raisonsEnAttente);
  if (s.residence === "a_verifier") raisons.add("adresse_ambigue");
  // An answer already held for its unproven identity says the same to the agent.
  if (!s.compteCertifie && !raisons.has("identite_non_verifiee")) raisons.add("compte_non_certifie");
  if (s.residence === "non_resident" && (s.horsTerritoire ?? "examen_agent") === "examen_agent")
    raisons.add("adresse_hors_territoire");
  let fiscal: DonneesFiscales | null = null;

  if (s.voie === "document") {
    raisons.add("document_depose");
    if (s.consentementRefuse) raisons.add("consentement_refuse");
  } else if (s.voie === "donnees_fiscales") {
    const [premier, second] = s.foyersFiscaux;
    if (premier?.instantane?.situationsMultiples) raisons.add("situations_multiples");
    if (second) raisons.add("deux_foyers");
    fiscal = fiscalDesFoyers(s.foyersFiscaux, s.anneeAttendue);
    // No usable data and no recorded cause (should not happen): an agent looks rather than a silent highest price.
    if (!fiscal && raisons.size === 0) raisons.add("echec_api");
  }
  return { fiscal, residence: s.residence, raisons: [...raisons].sort(), automatique: raisons.size === 0 };
}
