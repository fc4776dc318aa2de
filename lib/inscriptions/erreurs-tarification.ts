/** Why the family is back on the tariff step, in plain French (query parameter `erreur`). */
export const MESSAGES_TARIFICATION: Record<string, string> = {
  accord_manquant: "Cochez la case d'accord pour autoriser la récupération de vos données fiscales.",
  refus_franceconnect:
    "Vous avez refusé la transmission de vos données sur FranceConnect. Choisissez une autre solution ci-dessous, ou réessayez.",
  reponse_reponse: "La réponse de FranceConnect n'a pas pu être vérifiée. Réessayez.",
  reponse_niveau:
    "Le niveau de garantie de votre identité FranceConnect est insuffisant. Réessayez avec un autre compte.",
  reponse_identite:
    "Vous vous êtes connecté à FranceConnect avec une autre identité que celle de votre compte. Réessayez avec la vôtre.",
  franceconnect_injoignable:
    "FranceConnect est momentanément injoignable. Réessayez dans quelques minutes, ou choisissez une autre solution.",
  franceconnect_panne:
    "FranceConnect n'a pas pu traiter l'autorisation. Rien n'a été refusé : réessayez dans quelques minutes, ou choisissez une autre solution.",
  franceconnect_configuration:
    "La récupération de vos données par FranceConnect est momentanément impossible (les administrateurs sont prévenus). Rien n'a été refusé : choisissez une autre solution ci-dessous, ou réessayez plus tard.",
  identite_second_parent:
    "L'identité FranceConnect utilisée n'est pas celle du second parent déclaré dans « Mon foyer » : aucune donnée n'a été obtenue, un agent examinera votre demande. Vérifiez les nom, prénom et date de naissance déclarés.",
  confirmation_manquante: "Cochez la case pour confirmer le retrait de votre accord.",
  franceconnect_requis:
    "La récupération de vos données par FranceConnect demande une connexion avec FranceConnect. Utilisez votre numéro fiscal.",
  lien_perime: "Ce lien n'est plus valable.",
  demande_close: "Cette demande est déjà décidée.",
  second_parent_absent: "Le second parent n'est pas déclaré avec son propre foyer fiscal dans « Mon foyer ».",
};
