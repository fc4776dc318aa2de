import type { StatutInscription } from "@/lib/generated/prisma/client";
import type { RaisonDossier } from "@/lib/instruction/domain/statuts";

const LIBELLES_JOUR = ["", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

export const LIBELLES_STATUT_INSCRIPTION: Record<StatutInscription, string> = {
  brouillon: "Non envoyée",
  en_attente: "En cours d'examen par un agent",
  validee: "Validée",
  liste_attente: "Sur liste d'attente",
  refusee: "Refusée",
  annulee: "Annulée",
};

export const jours = (j: number[]) => j.map((x) => LIBELLES_JOUR[x]).join(", ");

/** What each review reason means for the family, in their words. */
export const RAISONS_POUR_LA_FAMILLE: Record<RaisonDossier, string> = {
  echec_api: "les Finances publiques n'ont pas pu répondre : un agent reprendra la récupération de vos données",
  annee_indisponible: "vos revenus de l'année demandée ne sont pas encore disponibles : un agent vérifiera",
  non_declarant:
    "vous n'êtes pas déclarant : les Finances publiques n'ont aucune déclaration de revenus à votre nom pour les années demandées (par exemple si vous êtes rattaché au foyer fiscal de vos parents) ; un agent vous contactera",
  situations_multiples:
    "votre situation fiscale a changé pendant l'année (mariage, décès…) : un agent examinera les deux situations",
  deux_foyers: "vos revenus et ceux du second parent sont à réunir : un agent confirmera le calcul",
  adresse_hors_territoire: "votre adresse est hors du territoire : un agent vérifiera",
  adresse_ambigue: "la commune de votre adresse fiscale doit être vérifiée par un agent",
  identite_divergente: "votre identité ne correspond pas aux déclarants du foyer fiscal : un agent vérifiera",
  identite_non_verifiee: "vos données fiscales ont été reçues et sont en cours de vérification par un agent",
  contestation: "vous contestez les données : un agent examinera",
  document_depose: "un agent établira votre tarif d'après votre avis d'imposition",
  consentement_refuse: "vous n'avez pas autorisé la récupération de vos données fiscales",
  spi_inconnu: "ce numéro fiscal ne correspond à aucun contribuable : vérifiez-le, ou un agent vous contactera",
  habilitation_refusee: "la collectivité n'a pas pu accéder à vos données : un agent reprendra la demande",
  autorisation_a_renouveler:
    "votre autorisation FranceConnect n'a pas pu servir : vous pourrez la renouveler, ou un agent reprendra la demande",
  compte_non_certifie:
    "votre compte n'est pas relié à FranceConnect : un agent vérifie votre demande avant de valider les inscriptions",
  donnees_manquantes:
    "la grille tarifaire demande une donnée que vos données fiscales ne contiennent pas : un agent établira votre tarif",
};
