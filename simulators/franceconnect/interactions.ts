// The simulator's own interaction pages (oidc-provider's dev interactions are off): login, consent, cancel.
// - login: persona picked from the shared population, or e-mail + password. FranceConnect authenticates at eIDAS
//   low, so the session carries acr « eidas1 ».
// - consent: shown only when data scopes are requested; identity-only requests are granted without a page (the
//   login page already lists what the service receives), so single sign-on returns at once.
// - cancel / refuse: back to the service provider with `access_denied`, FranceConnect's « User auth aborted ».
import type { IncomingMessage, ServerResponse } from "node:http";

import type Provider from "oidc-provider";
import { errors, type Interaction } from "oidc-provider";

import type { Persona, Population } from "../population/schema";
import { donneesParFournisseur, estScopeDeDonnees, libellesIdentite, scopesDeLaRequete } from "./catalogue-donnees";
import { authentifier, trouverPersona } from "./comptes";
import { terminerSession } from "./deconnexion";
import { ACR_EIDAS1 } from "./fournisseur-oidc";
import { envoyerPage, lireFormulaire, rediriger } from "./http-outils";
import { pageConnexion, type ErreurConnexion } from "./pages/page-connexion";
import { pageConsentement } from "./pages/page-consentement";
import { acrProConnectChoisi, type ProfilSimulateur } from "./proconnect";

export type EtapeInteraction = "persona" | "identifiant" | "consentement" | "annulation";

interface Contexte {
  fournisseur: Provider;
  population: Population;
  prefixe: string;
  req: IncomingMessage;
  res: ServerResponse;
  details: Interaction;
  /** ProConnect: the login page also asks whether a second factor was used (the `acr` of the session). */
  profil?: ProfilSimulateur;
}

const action = (c: Contexte) => `${c.prefixe}/interaction/${c.details.uid}`;

async function nomDuService(c: Contexte): Promise<string> {
  const client = await c.fournisseur.Client.find(String(c.details.params.client_id));
  return client?.clientName ?? String(c.details.params.client_id);
}

function scopesDemandes(c: Contexte): string[] {
  return scopesDeLaRequete(String(c.details.params.scope ?? ""));
}

async function afficherConnexion(c: Contexte, statut = 200, erreur?: ErreurConnexion, identifiantSaisi?: string) {
  const contenu = pageConnexion({
    action: action(c),
    nomService: await nomDuService(c),
    personas: c.population.personas,
    donneesTransmises: libellesIdentite(scopesDemandes(c)),
    erreur,
    identifiantSaisi,
    proConnect: c.profil === "proconnect",
  });
  envoyerPage(c.res, statut, contenu);
}

async function afficherConsentement(c: Contexte, statut = 200, erreur?: string) {
  const persona = trouverPersona(c.population, c.details.session?.accountId ?? "");
  const scopes = scopesDemandes(c);
  const contenu = pageConsentement({
    action: action(c),
    nomService: await nomDuService(c),
    nomUsager: persona ? `${persona.identite.given_name} ${persona.identite.family_name}` : "",
    donneesParFournisseur: donneesParFournisseur(scopes),
    identiteTransmise: libellesIdentite(scopes),
    erreur,
  });
  envoyerPage(c.res, statut, contenu);
}

/** Grants what the consent prompt reports missing; data scopes get a fresh grant (never remembered). */
async function accorder(c: Contexte): Promise<void> {
  const { details, fournisseur } = c;
  const accountId = details.session?.accountId;
  if (!accountId) throw new Error("consentement sans session");
  const existante =
    details.grantId && !scopesDemandes(c).some(estScopeDeDonnees)
      ? await fournisseur.Grant.find(details.grantId)
      : undefined;
  const autorisation = existante ?? new fournisseur.Grant({ accountId, clientId: String(details.params.client_id) });
  const manquants = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  autorisation.addOIDCScope((manquants.missingOIDCScope ?? []).join(" "));
  if (manquants.missingOIDCClaims?.length) autorisation.addOIDCClaims(manquants.missingOIDCClaims);
  const grantId = await autorisation.save();
  await fournisseur.interactionFinished(c.req, c.res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

/**
 * Signs `persona` in. Over an existing session of someone else (prompt=login: a second parent), that session ends
 * first; the interaction forgets it so that oidc-provider resumes with the new person.
 */
async function connecter(c: Contexte, persona: Persona, acrDemande?: string | null): Promise<void> {
  const precedente = c.details.session;
  if (precedente && precedente.accountId !== persona.id) {
    const session = await c.fournisseur.Session.findByUid(precedente.uid);
    if (session) await terminerSession(c.fournisseur, session);
    c.details.session = undefined;
    await c.details.save(c.details.exp - Math.floor(Date.now() / 1000));
  }
  await c.fournisseur.interactionFinished(
    c.req,
    c.res,
    {
      login: {
        accountId: persona.id,
        acr: c.profil === "proconnect" ? acrProConnectChoisi(acrDemande) : ACR_EIDAS1,
        amr: ["pwd"],
        remember: true,
      },
    },
    { mergeWithLastSubmission: false },
  );
}

async function afficher(c: Contexte): Promise<void> {
  if (c.details.prompt.name === "login") return afficherConnexion(c);
  if (c.details.prompt.name === "consent") {
    if (scopesDemandes(c).some(estScopeDeDonnees)) return afficherConsentement(c);
    return accorder(c);
  }
  throw new Error(`étape d'interaction inattendue : ${c.details.prompt.name}`);
}

async function soumettre(c: Contexte, etape: EtapeInteraction): Promise<void> {
  const formulaire = await lireFormulaire(c.req);
  const prompt = c.details.prompt.name;
  if (etape === "annulation") {
    const refus = { error: "access_denied", error_description: "User auth aborted" };
    return c.fournisseur.interactionFinished(c.req, c.res, refus, { mergeWithLastSubmission: false });
  }
  // A form of an earlier step (back button, second tab): show the current step again.
  if ((etape === "consentement") !== (prompt === "consent")) return rediriger(c.res, action(c));
  if (etape === "persona") {
    const persona = trouverPersona(c.population, formulaire.get("persona") ?? "");
    if (!persona)
      return afficherConnexion(c, 400, { champ: "persona", message: "Choisissez une personne dans la liste." });
    return connecter(c, persona, formulaire.get("acr"));
  }
  if (etape === "identifiant") {
    const identifiant = formulaire.get("identifiant") ?? "";
    const persona = authentifier(c.population, identifiant, formulaire.get("motDePasse") ?? "");
    if (!persona) {
      const erreur = { champ: "identifiant" as const, message: "Adresse électronique ou mot de passe incorrect." };
      return afficherConnexion(c, 400, erreur, identifiant);
    }
    return connecter(c, persona);
  }
  if (formulaire.get("accord") !== "oui") {
    return afficherConsentement(c, 400, "Cochez la case pour accepter la transmission, ou refusez.");
  }
  return accorder(c);
}

/** GET …/interaction/<uid> or POST …/interaction/<uid>/<étape>. */
export async function traiterInteraction(
  base: Omit<Contexte, "details">,
  uid: string,
  etape: EtapeInteraction | undefined,
): Promise<void> {
  // Throws SessionNotFound when the interaction cookie is missing, expired or for another interaction.
  const details = await base.fournisseur.interactionDetails(base.req, base.res);
  if (details.uid !== uid) throw new errors.SessionNotFound("interaction inconnue");
  const c = { ...base, details };
  if (etape === undefined) {
    if (base.req.method !== "GET") return envoyerPage(base.res, 405, "");
    return afficher(c);
  }
  if (base.req.method !== "POST") return rediriger(base.res, action(c));
  return soumettre(c, etape);
}
