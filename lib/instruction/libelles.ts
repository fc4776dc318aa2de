// French labels of the back-office, and what each reason means for the agent and for the family. The Prisma enums
// and the domain's lists must stay equal: the type checks below fail to compile otherwise.
import type {
  Frequence,
  RaisonDossier as RaisonPrisma,
  StatutInscription,
  StatutDossier as StatutPrisma,
} from "@/lib/generated/prisma/client";
import type { RaisonDossier, StatutDossier } from "./domain/statuts";

type Egal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const raisonsAlignees: Egal<RaisonDossier, RaisonPrisma> = true;
const statutsAlignes: Egal<StatutDossier, StatutPrisma> = true;
void raisonsAlignees;
void statutsAlignes;

export const LIBELLES_RAISON: Record<RaisonDossier, string> = {
  echec_api: "Service de la DGFiP indisponible",
  annee_indisponible: "Année de revenus indisponible",
  non_declarant: "Pas déclarant (aucune déclaration de revenus)",
  situations_multiples: "Plusieurs situations fiscales dans l'année",
  deux_foyers: "Deux foyers fiscaux à combiner",
  adresse_hors_territoire: "Adresse hors territoire",
  adresse_ambigue: "Adresse à vérifier (commune incertaine)",
  identite_divergente: "Identité différente des déclarants",
  identite_non_verifiee: "Identité non certifiée : données à vérifier",
  contestation: "La famille conteste les données",
  document_depose: "Justificatif déposé",
  consentement_refuse: "Consentement refusé",
  spi_inconnu: "Numéro fiscal inconnu",
  habilitation_refusee: "Accès refusé par la DGFiP (habilitation)",
  autorisation_a_renouveler: "Autorisation FranceConnect à renouveler",
  compte_non_certifie: "Compte sans identité certifiée",
  donnees_manquantes: "Donnée demandée par la grille manquante",
};

/** What the reason means and what usually settles it, for the agent reading the dossier. */
export const CONSEILS_RAISON: Record<RaisonDossier, string> = {
  echec_api:
    "La DGFiP n'a pas répondu (panne, délai ou quota). Relancez l'appel si le numéro fiscal est connu, sinon demandez une nouvelle autorisation ou saisissez les données d'après un justificatif.",
  annee_indisponible:
    "La DGFiP n'a pas de données pour l'année demandée (imposition pas encore établie, ou pas de déclaration). Saisissez les données de l'avis le plus récent déposé par la famille.",
  non_declarant:
    "La personne n'est pas déclarante : aucune déclaration de revenus pour les années demandées, alors qu'elles sont taxées (par exemple un étudiant rattaché au foyer fiscal de ses parents). Les données sont peut-être dans le foyer fiscal de l'autre parent ou d'un parent hébergeant : demandez un avis d'imposition.",
  situations_multiples:
    "Mariage, PACS, divorce ou décès dans l'année : plusieurs situations fiscales, aucune n'a été retenue automatiquement. Choisissez la situation pertinente d'après l'avis et saisissez-la.",
  deux_foyers:
    "Parents non mariés : deux foyers fiscaux. Obtenez les données du second parent (autorisation ou avis) et saisissez les montants retenus par le règlement.",
  adresse_hors_territoire:
    "L'adresse fiscale est hors du territoire : le tarif non-résident s'applique, sauf justificatif de domicile récent.",
  adresse_ambigue:
    "La commune de l'adresse fiscale n'a pas pu être identifiée avec certitude. Vérifiez l'adresse et choisissez la résidence à la validation.",
  identite_divergente:
    "Le titulaire du compte ne figure pas parmi les déclarants. Vérifiez l'avis d'imposition et le lien avec l'enfant.",
  identite_non_verifiee:
    "Le numéro fiscal a été saisi par un compte sans identité certifiée par FranceConnect (ou avec une date de naissance présumée) : rien ne prouve que ces données sont les siennes. Vérifiez l'identité de la personne et le lien avec l'avis avant de valider ; les données ne sont pas montrées à la famille.",
  contestation:
    "La famille conteste les données obtenues. Lisez son message et ses pièces, puis saisissez les données justifiées.",
  document_depose:
    "La famille a déposé un justificatif : vérifiez-le et saisissez les données fiscales correspondantes.",
  consentement_refuse:
    "La famille a refusé la récupération de ses données. Sans avis d'imposition, le tarif le plus élevé s'applique.",
  spi_inconnu:
    "La DGFiP ne connaît pas le numéro fiscal donné. Vérifiez-le sur l'avis d'imposition et relancez l'appel, ou saisissez les données.",
  habilitation_refusee:
    "La DGFiP a refusé l'accès au portail (habilitation ou configuration). Prévenez l'administrateur ; en attendant, saisissez les données d'après un avis.",
  autorisation_a_renouveler:
    "L'autorisation FranceConnect de la famille n'a pas pu servir. La famille doit autoriser à nouveau depuis son espace.",
  compte_non_certifie:
    "La demande vient d'un compte dont l'identité n'est pas certifiée par FranceConnect : rien ne prouve que le foyer et ses enfants existent. Vérifiez l'identité du responsable et la scolarisation des enfants (école, pièce) avant de valider ; les places sont réservées en attendant.",
  donnees_manquantes:
    "La grille demande une donnée absente des données obtenues (par exemple le revenu imposable, que FranceConnect ne transmet pas). Saisissez-la d'après l'avis d'imposition : le tarif le plus élevé ne s'applique que si la famille l'a choisi.",
};

export const LIBELLES_STATUT_DOSSIER: Record<StatutDossier, string> = {
  a_traiter: "À traiter",
  en_cours: "En cours",
  attente_famille: "En attente de la famille",
  valide: "Validé",
  rejete: "Rejeté",
};

export const LIBELLES_STATUT_INSCRIPTION: Record<StatutInscription, string> = {
  brouillon: "Brouillon",
  en_attente: "En attente de décision (place réservée)",
  validee: "Validée",
  liste_attente: "Liste d'attente",
  refusee: "Refusée",
  annulee: "Annulée",
};

export const LIBELLES_FREQUENCE: Record<Frequence, string> = { reguliere: "régulière", occasionnelle: "occasionnelle" };
