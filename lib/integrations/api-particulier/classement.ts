// D'une réponse HTTP (statut + code d'erreur d'API Particulier) à ce qu'elle veut dire pour le portail : un motif,
// la façon de réessayer, et l'issue inscrite au journal des appels. Pur ; chaque code documenté par le contrat est
// éprouvé dans classement.test.ts, qui les lit dans le document OpenAPI lui-même.
import type { IssueAppel } from "@/lib/generated/prisma/enums";
import type { ModaliteApiParticulier, RaisonEchecApiParticulier } from "./port";

/**
 * `conflit` : un seul nouvel essai après une pause (409 00015) ; `limite` : Retry-After honoré (429) ; `amont` :
 * nouvel essai avec attente croissante (502, 504, 5xx, délai) ; `non` : rien à gagner à répéter.
 */
type Reessai = "non" | "conflit" | "limite" | "amont";

export type Classement = { genre: "succes" } | { genre: "echec"; raison: RaisonEchecApiParticulier; reessai: Reessai };

const echec = (raison: RaisonEchecApiParticulier, reessai: Reessai = "non"): Classement => ({
  genre: "echec",
  raison,
  reessai,
});

/** 404 35003 porte deux sens dans le contrat : « non référencé » et « erreur inattendue » ; le titre les distingue. */
const TITRE_ERREUR_INATTENDUE = /inattendue/i;

export function classerReponse(
  statut: number,
  code: string | null,
  titre: string | null,
  modalite: ModaliteApiParticulier,
): Classement {
  if (statut === 200) return { genre: "succes" };
  if (statut === 404) {
    if (code === "35003")
      return titre && TITRE_ERREUR_INATTENDUE.test(titre)
        ? echec("amont_indisponible", "amont")
        : echec("non_reference");
    // 10003 (MSA), 23003 (CNAF), et tout 404 : « pas de dossier d'allocataire » (faits publics).
    return echec("aucun_dossier");
  }
  if (statut === 422) return code === "00203" ? echec("recipient_manquant") : echec("etat_civil_invalide");
  if (statut === 400) return echec("periode_invalide");
  if (statut === 401) return echec(modalite === "franceconnect" ? "jeton_franceconnect" : "jeton_collectivite");
  if (statut === 403) return echec("acces_refuse");
  if (statut === 409) return echec("requete_en_cours", "conflit");
  if (statut === 429) return echec("limite_debit", "limite");
  // 502 37999, 504 37001/37002/37004/37008/00501, et tout 5xx.
  if (statut >= 500) return echec("amont_indisponible", "amont");
  // Hors contrat (3xx, 405…) : une anomalie amont, qu'il ne sert à rien de répéter.
  return echec("amont_indisponible");
}

const ISSUES: Record<RaisonEchecApiParticulier, IssueAppel> = {
  aucun_dossier: "allocataire_inconnu",
  non_reference: "allocataire_inconnu",
  etat_civil_invalide: "requete_invalide",
  recipient_manquant: "requete_invalide",
  periode_invalide: "requete_invalide",
  acces_refuse: "acces_refuse",
  jeton_franceconnect: "jeton_invalide",
  jeton_collectivite: "acces_refuse",
  limite_debit: "quota",
  requete_en_cours: "echec_amont",
  amont_indisponible: "echec_amont",
};

export function issueDe(raison: RaisonEchecApiParticulier | null): IssueAppel {
  return raison ? ISSUES[raison] : "succes";
}

/** Motifs qui disent une anomalie du portail ou de sa configuration : journalisés en erreur avec une alerte. */
export const ALERTES: Partial<Record<RaisonEchecApiParticulier, string>> = {
  recipient_manquant: "siret_collectivite",
  acces_refuse: "habilitation_api_particulier",
  jeton_collectivite: "jeton_api_particulier",
  periode_invalide: "anomalie_portail",
};
