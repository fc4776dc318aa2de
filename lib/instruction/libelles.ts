import type { RaisonDossier, StatutDossier } from "@/lib/generated/prisma/client";

export const LIBELLES_RAISON: Record<RaisonDossier, string> = {
  echec_api: "Échec de l'appel à la DGFiP",
  annee_indisponible: "Année de revenus indisponible",
  non_declarant: "Demandeur non déclarant",
  situations_multiples: "Plusieurs situations fiscales dans l'année",
  deux_foyers: "Deux foyers fiscaux à combiner",
  adresse_hors_territoire: "Adresse hors territoire",
  adresse_ambigue: "Adresse à vérifier (commune incertaine)",
  identite_divergente: "Identité différente des déclarants",
  contestation: "La famille conteste les données",
  document_depose: "Justificatif déposé",
  consentement_refuse: "Consentement refusé",
  spi_inconnu: "Numéro fiscal inconnu",
  habilitation_refusee: "Accès refusé par la DGFiP (habilitation)",
  autorisation_a_renouveler: "Autorisation FranceConnect à renouveler",
};

export const LIBELLES_STATUT_DOSSIER: Record<StatutDossier, string> = {
  a_traiter: "À traiter",
  en_cours: "En cours",
  attente_famille: "En attente de la famille",
  valide: "Validé",
  rejete: "Rejeté",
};
