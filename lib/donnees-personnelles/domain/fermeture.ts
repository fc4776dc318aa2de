// What closing an account does, in the words the family reads before confirming and after. Kept next to the
// mutation's rules (fermeture-*.mutation.ts): change both together. The collectivité is named from its settings.
import type { FormesDuNom } from "@/lib/collectivite/domain/nom";

export const effaceALaFermeture = (c: FormesDuNom) => [
  "vos sessions de connexion : vous êtes déconnecté partout ;",
  "vos accords pour la récupération de vos données fiscales (retirés) et les données fiscales obtenues ;",
  "les pièces justificatives déposées, fichiers compris ;",
  "votre identité et vos coordonnées, ainsi que celles du second responsable légal s'il n'a pas son propre compte ;",
  `les enfants sans inscription validée, les demandes en cours (annulées : les places réservées sont rendues) et les messages échangés avec ${c.sujet} ;`,
  "les courriels que le portail vous a envoyés.",
];

export const conserveParLaCollectivite = (c: FormesDuNom) => [
  `les inscriptions déjà validées, avec leur tarif et son explication (quotient familial, tranche, source et année des revenus, sans les données fiscales elles-mêmes), les enfants concernés et l'adresse postale du foyer  : ${c.sujet} en a besoin pour facturer les prestations et tenir sa comptabilité ;`,
  "l'historique de l'instruction de vos demandes (dossiers et décisions des agents) ;",
  "le journal d'audit (qui a fait quoi, et quand) et le journal des appels aux administrations, qui ne contiennent aucune donnée personnelle en clair ;",
  "un identifiant technique du compte, pour refuser toute nouvelle connexion à ce compte fermé.",
];

export const FOYER_PARTAGE =
  "Si l'autre parent a son propre compte sur ce foyer, le foyer reste ouvert pour lui : seules vos données personnelles sont effacées, les enfants et leurs inscriptions restent.";

export const apresFermeture = (c: FormesDuNom) =>
  `Avec un compte du portail, vous pourrez en créer un nouveau avec la même adresse électronique. Avec FranceConnect, adressez-vous ${c.a} pour retrouver un accès.`;

/** Typed by the family to confirm (case and surrounding spaces do not matter). */
export const MOT_DE_CONFIRMATION = "FERMER";
