// What the portal accepts from FranceConnect: the identité pivot, at eIDAS level "eidas1" or above.
import { z } from "zod";

/** FranceConnect v2 eIDAS levels, lowest first. The portal asks for eidas1 (substantial not required). */
const NIVEAUX = ["eidas1", "eidas2", "eidas3"] as const;

export function acrSuffisant(acr: unknown, minimum: (typeof NIVEAUX)[number] = "eidas1"): boolean {
  return (
    typeof acr === "string" &&
    NIVEAUX.includes(acr as (typeof NIVEAUX)[number]) &&
    NIVEAUX.indexOf(acr as (typeof NIVEAUX)[number]) >= NIVEAUX.indexOf(minimum)
  );
}

export const identitePivot = z.object({
  sub: z.string().min(1),
  given_name: z.string().min(1),
  family_name: z.string().min(1),
  preferred_username: z.string().optional(),
  birthdate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  gender: z.string().optional(),
  birthplace: z.string().optional(),
  birthcountry: z.string().optional(),
  email: z.string().optional(),
});

export type IdentitePivot = z.infer<typeof identitePivot>;

/** The account's identity fields, as stored (certified, not editable by the family). */
export function identiteDuCompte(i: IdentitePivot) {
  return {
    prenoms: i.given_name,
    nomNaissance: i.family_name,
    nomUsage: i.preferred_username || null,
    dateNaissance: i.birthdate,
    sexe: i.gender ?? null,
    lieuNaissance: i.birthplace || null,
    paysNaissance: i.birthcountry ?? null,
    identiteCertifiee: true,
  };
}

/**
 * Authorization request parameters. FranceConnect gets a minimum level (`acr_values`); ProConnect gets an essential
 * `acr` claim among the values that prove a second factor, so its answer cannot silently be a weaker one.
 */
export function parametresAutorisation(p: {
  scope: string;
  acr?: string;
  acrEssentiels?: readonly string[];
}): Record<string, string> {
  return {
    scope: p.scope,
    ...(p.acr ? { acr_values: p.acr } : {}),
    ...(p.acrEssentiels
      ? { claims: JSON.stringify({ id_token: { acr: { essential: true, values: p.acrEssentiels } } }) }
      : {}),
  };
}

/** FranceConnect callback errors → what the sign-in page tells the person. */
const MESSAGES_ERREUR_CONNEXION: Record<string, string> = {
  access_denied:
    "Vous avez annulé la connexion avec FranceConnect. Vous pouvez réessayer, ou vous connecter avec un compte du portail.",
  invalid_scope:
    "FranceConnect a refusé les données demandées par le portail. Réessayez plus tard ; si le problème persiste, contactez la mairie.",
  login_required: "La connexion à FranceConnect a expiré. Reconnectez-vous.",
  consent_required: "FranceConnect demande votre accord pour transmettre vos données. Reconnectez-vous pour le donner.",
  niveau_insuffisant:
    "Le niveau de garantie de votre identité est insuffisant pour ce service. Reconnectez-vous avec un autre compte FranceConnect.",
  second_facteur_requis:
    "ProConnect n'a pas confirmé un second facteur d'authentification, exigé pour les agents. Reconnectez-vous avec ProConnect en activant la double authentification (code à usage unique ou clé de sécurité).",
  agent_inconnu:
    "Aucun compte agent ne correspond à cette identité. Demandez à un administrateur de créer votre accès.",
  compte_ferme: "Ce compte a été fermé.",
  OAuthCallback: "La réponse de FranceConnect n'a pas pu être vérifiée. Réessayez de vous connecter.",
  OAuthSignin:
    "FranceConnect est momentanément injoignable. Réessayez dans quelques minutes, ou connectez-vous avec un compte du portail.",
  Callback: "La connexion n'a pas abouti. Réessayez de vous connecter.",
  AccessDenied: "La connexion a été refusée.",
  Configuration: "La connexion est momentanément indisponible (configuration). Réessayez plus tard.",
  SessionRequired: "Connectez-vous pour accéder à cette page.",
};

export function messageErreurConnexion(code: string | undefined): string | null {
  if (!code) return null;
  return MESSAGES_ERREUR_CONNEXION[code] ?? "La connexion n'a pas abouti. Réessayez de vous connecter.";
}
