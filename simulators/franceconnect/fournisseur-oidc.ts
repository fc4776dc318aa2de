// The OpenID Provider itself: oidc-provider configured as FranceConnect v2 configures it (core-fcp-low in
// france-connect/sources): authorization code flow only, pairwise subjects, acr eidas1, signed userinfo, access
// tokens 60 s and codes 30 s, client_secret_post at the token endpoint, no refresh token, no PAR, no DPoP.
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from "oidc-provider";

import type { Population } from "../population/schema";
import { estScopeDeDonnees, SCOPES_DONNEES, SCOPES_IDENTITE, scopesDeLaRequete } from "./catalogue-donnees";
import type { ClesSimulateur } from "./cles";
import { metadonneesOidc, type Clients } from "./clients";
import { claimsIdentite, subPairwise, trouverPersona } from "./comptes";
import type { ConfigurationSimulateurFranceConnect } from "./configuration";
import { pageDeconnexionReussie, pageErreur } from "./pages/page-erreur";
import { ACR_PROCONNECT, claimsProConnect, politiqueProConnect, SCOPES_PROCONNECT } from "./proconnect";

export const ACR_EIDAS1 = "eidas1";

export interface ParametresFournisseur {
  issuer: string;
  cles: ClesSimulateur;
  clients: Clients;
  population: Population;
  config: Pick<ConfigurationSimulateurFranceConnect, "dureeAccessToken" | "dureeCode" | "dureeSession"> &
    Partial<Pick<ConfigurationSimulateurFranceConnect, "profil">>;
}

const MESSAGES_ERREURS: Record<string, string> = {
  invalid_redirect_uri: "L'adresse de retour (redirect_uri) n'est pas enregistrée pour ce service.",
  invalid_client: "Ce service n'est pas enregistré auprès de FranceConnect.",
  invalid_request: "La demande envoyée par le service est invalide.",
};

export const MESSAGE_SESSION_EXPIREE = "La demande de connexion a expiré ou n'existe plus.";

/**
 * Consent for data scopes is asked at each authorization that carries them, as FranceConnect does (it never
 * remembers a data transfer); identity-only authorizations reuse the session's grant (single sign-on).
 */
async function chargerAutorisationExistante(ctx: KoaContextWithOIDC) {
  const idConsentement = ctx.oidc.result?.consent?.grantId;
  if (idConsentement) return ctx.oidc.provider.Grant.find(idConsentement);
  if (scopesDeLaRequete(String(ctx.oidc.params?.scope ?? "")).some(estScopeDeDonnees)) return undefined;
  const id = ctx.oidc.client ? ctx.oidc.session?.grantIdFor(ctx.oidc.client.clientId) : undefined;
  return id ? ctx.oidc.provider.Grant.find(id) : undefined;
}

export function creerFournisseur(p: ParametresFournisseur): Provider {
  const prefixe = new URL(p.issuer).pathname.replace(/\/$/, "");
  const proConnect = p.config.profil === "proconnect";
  const configuration: Configuration = {
    clients: p.clients.fournisseursDeService.map(metadonneesOidc),
    jwks: { keys: p.cles.signature },
    cookies: {
      keys: p.cles.cookies,
      long: { signed: true, httpOnly: true, sameSite: "lax", path: "/" },
      short: { signed: true, httpOnly: true, sameSite: "lax", path: "/" },
    },
    claims: { acr: null, auth_time: null, ...(proConnect ? SCOPES_PROCONNECT : SCOPES_IDENTITE) },
    scopes: proConnect ? Object.keys(SCOPES_PROCONNECT) : ["openid", ...Object.keys(SCOPES_DONNEES)],
    acrValues: proConnect ? [...ACR_PROCONNECT] : [ACR_EIDAS1],
    subjectTypes: ["pairwise"],
    pairwiseIdentifier: (_ctx, accountId, client) => subPairwise(client.clientId, accountId),
    sectorIdentifierUriValidate: () => false,
    async findAccount(_ctx, id) {
      const persona = trouverPersona(p.population, id);
      if (!persona) return undefined;
      const claims = proConnect ? claimsProConnect(persona) : claimsIdentite(persona);
      return { accountId: persona.id, claims: () => ({ sub: persona.id, ...claims }) };
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      jwtUserinfo: { enabled: true },
      claimsParameter: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // The redirect is completed by terminerSessionAuRetour (deconnexion.ts): no confirmation page.
        logoutSource: (ctx) => {
          ctx.body = "";
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = "html";
          ctx.body = pageDeconnexionReussie();
        },
      },
    },
    clientAuthMethods: ["client_secret_post", "private_key_jwt"],
    responseTypes: ["code"],
    pkce: { required: () => false },
    // Lifetimes are exact. FranceConnect's oidc-provider keeps the default 15 s tolerance on token expiry: a portal
    // that works with exact lifetimes works there too, the reverse is not true.
    clockTolerance: 0,
    ttl: {
      AccessToken: p.config.dureeAccessToken,
      AuthorizationCode: p.config.dureeCode,
      IdToken: 60,
      Interaction: p.config.dureeSession,
      Session: p.config.dureeSession,
      // FranceConnect keeps grants 30 s and does single sign-on in its own session; here the grant lives as long as
      // the session so that oidc-provider's own single sign-on applies.
      Grant: p.config.dureeSession,
    },
    loadExistingGrant: chargerAutorisationExistante,
    interactions: {
      url: (_ctx, interaction) => `${prefixe}/interaction/${interaction.uid}`,
      ...(proConnect ? { policy: politiqueProConnect() } : {}),
    },
    routes: {
      authorization: "/authorize",
      token: "/token",
      userinfo: "/userinfo",
      jwks: "/jwks",
      end_session: "/session/end",
      revocation: "/token/revocation",
    },
    enabledJWA: {
      idTokenSigningAlgValues: ["ES256"],
      userinfoSigningAlgValues: ["ES256"],
      clientAuthSigningAlgValues: ["ES256", "RS256"],
    },
    renderError(ctx, out, erreur) {
      ctx.type = "html";
      ctx.body = pageErreur({
        message:
          erreur instanceof errors.SessionNotFound
            ? MESSAGE_SESSION_EXPIREE
            : (MESSAGES_ERREURS[out.error] ?? "La demande n'a pas pu être traitée."),
        error: out.error,
        errorDescription: out.error_description,
      });
    },
  };
  const fournisseur = new Provider(p.issuer, configuration);
  fournisseur.proxy = false;
  return fournisseur;
}
