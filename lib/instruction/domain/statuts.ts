// The dossier's states and reasons as the back-office reasons about them. Pure (mirrors the Prisma enums without
// importing Prisma; `libelles.ts` checks at compile time that both lists stay equal).

export const STATUTS_DOSSIER = ["a_traiter", "en_cours", "attente_famille", "valide", "rejete"] as const;
export type StatutDossier = (typeof STATUTS_DOSSIER)[number];

/** Open: still in the queue. A decision (validation, rejection) closes the dossier for good. */
export const STATUTS_OUVERTS = ["a_traiter", "en_cours", "attente_famille"] as const satisfies readonly StatutDossier[];
export type StatutOuvert = (typeof STATUTS_OUVERTS)[number];

export const RAISONS_DOSSIER = [
  "echec_api",
  "annee_indisponible",
  "non_declarant",
  "situations_multiples",
  "deux_foyers",
  "adresse_hors_territoire",
  "adresse_ambigue",
  "identite_divergente",
  "identite_non_verifiee",
  "contestation",
  "document_depose",
  "consentement_refuse",
  "spi_inconnu",
  "habilitation_refusee",
  "autorisation_a_renouveler",
  "compte_non_certifie",
  "donnees_manquantes",
] as const;
export type RaisonDossier = (typeof RAISONS_DOSSIER)[number];

export function estOuvert(s: StatutDossier): s is StatutOuvert {
  return (STATUTS_OUVERTS as readonly StatutDossier[]).includes(s);
}

/** Reasons after an event: the old ones stay (they say why the dossier came), new ones are added once. */
export function ajouterRaisons(
  actuelles: readonly RaisonDossier[],
  nouvelles: readonly RaisonDossier[],
): RaisonDossier[] {
  return [...new Set([...actuelles, ...nouvelles])];
}
