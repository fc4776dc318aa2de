// Ce que le portail demande à API Particulier v3 (quotient familial CAF/MSA), indépendamment de HTTP : le service
// qui s'en sert ne dépend que de cette interface ; `client-http.ts` la réalise contre l'API (ou le simulateur : la
// configuration décide).
import type { QuotientFamilialCaf } from "./schemas";

export type ModaliteApiParticulier = "franceconnect" | "identite";

/** État civil envoyé à `/identite`, tiré de l'identité certifiée par FranceConnect (jamais saisi par la famille). */
export interface EtatCivil {
  /** Un à trois prénoms. */
  prenoms: string[];
  nomNaissance: string;
  sexeEtatCivil: "M" | "F";
  /** Code COG du pays de naissance (99100 : France). */
  codePaysNaissance: string;
  /** Code COG de la commune de naissance, pour une personne née en France seulement. */
  codeCommuneNaissance: string | null;
  /** Parties connues de la date de naissance (FranceConnect peut transmettre une date présumée). */
  anneeNaissance: number | null;
  moisNaissance: number | null;
  jourNaissance: number | null;
}

interface DemandeCommune {
  /** Mois du quotient demandé (défaut : le mois en cours, choisi par l'API). */
  periode?: { annee: number; mois: number };
  /** Rafraîchissement : `Cache-Control: no-cache`, l'API interroge la caisse au lieu de son cache de 24 h. */
  rafraichir?: boolean;
  /** Pour le journal des appels seulement (AppelAmont.foyerId) : jamais envoyé. */
  foyerId?: string;
}

export type DemandeQuotientFamilial = DemandeCommune &
  (
    | {
        modalite: "franceconnect";
        /** Jeton d'accès FranceConnect de la famille, envoyé comme Bearer. */
        jetonFranceConnect: string;
        /** Fin de vie du jeton (60 s après son émission) : aucun essai, aucune attente au-delà. */
        jetonExpireLe: Date;
      }
    | { modalite: "identite"; etatCivil: EtatCivil }
  );

/** Pourquoi API Particulier n'a pas donné de réponse exploitable, dans les mots du portail. */
export type RaisonEchecApiParticulier =
  /** 404 10003 / 23003 : pas de dossier d'allocataire à la MSA / à la CNAF. */
  | "aucun_dossier"
  /** 404 35003 « non référencé » : la personne n'est connue d'aucune caisse éligible. */
  | "non_reference"
  /** 422 00366 : état civil mal formé (ou refusé avant l'envoi). */
  | "etat_civil_invalide"
  /** 422 00203, ou SIRET de la collectivité absent ou mal formé : notre anomalie, alerte. */
  | "recipient_manquant"
  /** 400 (mois futur, hors des deux ans d'historique) : notre anomalie. */
  | "periode_invalide"
  /** 403 00100 : habilitation (scopes) insuffisante. Alerte. */
  | "acces_refuse"
  /** 401 en modalité FranceConnect : la famille doit autoriser à nouveau. */
  | "jeton_franceconnect"
  /** 401 en modalité identité : le jeton de la collectivité est invalide, expiré ou sur liste noire. Alerte. */
  | "jeton_collectivite"
  /** 429 jusqu'au bout des essais permis, ou limiteur partagé sans place à temps. */
  | "limite_debit"
  /** 409 00015 encore après le nouvel essai. */
  | "requete_en_cours"
  /** 502/504 (fournisseur indisponible, délai, réseau), 5xx, délai du portail, réponse hors contrat. */
  | "amont_indisponible";

export type ResultatQuotientFamilial =
  | { ok: true; quotient: QuotientFamilialCaf; tentatives: number; enCache: boolean }
  | {
      ok: false;
      raison: RaisonEchecApiParticulier;
      statut: number | null;
      code: string | null;
      tentatives: number;
    };

export interface ApiParticulier {
  /** Quotient familial CAF/MSA d'un allocataire. Ne lève jamais pour un problème amont : voir `raison`. */
  quotientFamilial(demande: DemandeQuotientFamilial): Promise<ResultatQuotientFamilial>;
}
