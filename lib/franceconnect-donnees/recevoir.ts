import "server-only";

import * as oidc from "openid-client";

import { alerterAdministrateurs } from "@/lib/audit/alertes.mutation";
import { acrSuffisant } from "@/lib/auth/domain/franceconnect";
import { consommerJeton } from "@/lib/comptes/jetons.mutation";
import { marquerRefuse } from "@/lib/consentements/consentement.mutation";
import { serviceInstantaneFiscal } from "@/lib/fiscal/application";
import { controlerIdentite, type Declarant, type IdentitePivot } from "@/lib/fiscal/domain/identite";
import type { IssueInstantane } from "@/lib/fiscal/obtenir-instantane-fiscal";
import type { Db, Tx } from "@/lib/server/database";
import { configurationFranceConnect, urlRetourDonnees } from "./client-oidc";
import type { FluxDonnees } from "./etat";

export type IssueAutorisation =
  | { statut: "refusee" }
  | { statut: "invalide"; motif: "reponse" | "niveau" | "identite" }
  /** FranceConnect could not serve the authorization: its configuration (admins alerted) or an outage. The
   * consent stays as it was: the family can try again. */
  | { statut: "indisponible"; motif: "configuration" | "panne" }
  /** The second parent's FranceConnect identity is not the declared one: nothing fetched, an agent decides. */
  | { statut: "identite_a_verifier" }
  | { statut: "traitee"; issue: IssueInstantane["statut"] };

/**
 * Errors FranceConnect returns to the service that only its configuration can cause (OAuth 2.0 §4.1.2.1, OpenID
 * Connect Core §3.1.2.6): the scopes or the client do not match the habilitation. Any other error but the
 * family's refusal (`access_denied`) is taken as an outage the family can retry from.
 */
const ERREURS_DE_CONFIGURATION = new Set([
  "invalid_scope",
  "invalid_request",
  "invalid_client",
  "unauthorized_client",
  "unsupported_response_type",
  "invalid_request_uri",
  "invalid_request_object",
  "request_not_supported",
  "request_uri_not_supported",
  "registration_not_supported",
]);

/**
 * FranceConnect came back. `iss` and `state` are checked first (openid-client), whatever the answer: an error
 * that does not carry them is no answer to this flow. Then: `access_denied` → the family refused, the consent
 * record says so; a configuration error → admins alerted; any other error → an outage. Otherwise: code → tokens
 * (nonce, ID token signature checked by openid-client), eIDAS level and identity checked, and the DGFiP called at
 * once with the access token (60 s of life). The outcome is stored on the request: a snapshot, or the reasons an
 * agent will need.
 */
export async function recevoirAutorisationDonnees(
  db: Db,
  flux: FluxDonnees,
  requete: URL,
  maintenant: Date,
): Promise<IssueAutorisation> {
  const courante = new URL(urlRetourDonnees());
  courante.search = requete.search;
  let configuration: oidc.Configuration;
  try {
    configuration = await configurationFranceConnect();
  } catch {
    return { statut: "indisponible", motif: "panne" };
  }
  let jetons: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    jetons = await oidc.authorizationCodeGrant(configuration, courante, {
      expectedState: flux.state,
      expectedNonce: flux.nonce,
      idTokenExpected: true,
    });
  } catch (e) {
    // Thrown only once iss and state are those of this flow.
    if (e instanceof oidc.AuthorizationResponseError) {
      if (e.error === "access_denied") {
        await marquerRefuse(db, flux.consentementId, maintenant);
        // The second parent answered: the link is used (a new one can be sent).
        if (flux.jetonInvitation)
          await consommerJeton(db, "invitation_second_parent", flux.jetonInvitation, maintenant);
        return { statut: "refusee" };
      }
      if (ERREURS_DE_CONFIGURATION.has(e.error)) {
        await alerterAdministrateurs(db, "franceconnect_configuration", e.error, maintenant);
        return { statut: "indisponible", motif: "configuration" };
      }
      return { statut: "indisponible", motif: "panne" };
    }
    return { statut: "invalide", motif: "reponse" };
  }
  const claims = jetons.claims();
  if (!claims || !acrSuffisant(claims.acr)) return { statut: "invalide", motif: "niveau" };

  const responsable = await db.responsableLegal.findUniqueOrThrow({
    where: { id: flux.responsableId },
    select: { rang: true, prenoms: true, nom: true, dateNaissance: true },
  });
  let identiteTitulaire: IdentitePivot | undefined;
  if (responsable.rang === 1) {
    if (flux.compteId) {
      // The same service provider gets the same pairwise sub: someone else signed in at FranceConnect otherwise.
      const c = await db.compte.findUniqueOrThrow({
        where: { id: flux.compteId },
        select: {
          franceConnectSub: true,
          identiteCertifiee: true,
          prenoms: true,
          nomNaissance: true,
          nomUsage: true,
          dateNaissance: true,
        },
      });
      if (c.franceConnectSub !== claims.sub) return { statut: "invalide", motif: "identite" };
      if (c.prenoms && c.nomNaissance && c.dateNaissance)
        identiteTitulaire = {
          prenoms: c.prenoms,
          nomNaissance: c.nomNaissance,
          nomUsage: c.nomUsage,
          dateNaissance: c.dateNaissance,
          certifiee: c.identiteCertifiee,
        };
    }
  } else {
    // The second parent (through the link, or on the first parent's device): whoever signed in at FranceConnect
    // must be the person the first parent declared, by the one identity match of the domain; otherwise nothing is
    // fetched and an agent looks at the case.
    let pivot: IdentitePivot | null;
    try {
      pivot = await identiteCertifiee(configuration, jetons.access_token, claims.sub);
    } catch {
      return { statut: "indisponible", motif: "panne" };
    }
    const declare: Declarant = {
      rang: 2,
      nomNaissance: responsable.nom,
      nomUsage: null,
      prenoms: responsable.prenoms,
      dateNaissance: responsable.dateNaissance,
    };
    if (!pivot || !controlerIdentite([declare], pivot).concordante) {
      if (flux.jetonInvitation) await consommerJeton(db, "invitation_second_parent", flux.jetonInvitation, maintenant);
      await noterIdentiteAVerifier(db, flux.foyerId, flux.demandeId);
      return { statut: "identite_a_verifier" };
    }
    // The DGFiP's declarants are then checked against this certified identity too.
    identiteTitulaire = pivot;
  }
  const service = await serviceInstantaneFiscal();
  const issue = await service.obtenir(db, {
    foyerId: flux.foyerId,
    responsableId: flux.responsableId,
    consentementId: flux.consentementId,
    acces: {
      mode: "franceconnect",
      jetonFranceConnect: jetons.access_token,
      jetonExpireLe: new Date(maintenant.getTime() + (jetons.expires_in ?? 60) * 1000),
    },
    identiteTitulaire,
  });
  if (flux.jetonInvitation) await consommerJeton(db, "invitation_second_parent", flux.jetonInvitation, maintenant);
  if (flux.demandeId) await noterIssueSurLaDemande(db, flux.demandeId, flux.responsableId, issue);
  return { statut: "traitee", issue: issue.statut };
}

/** The request now prices with tax data; what went wrong for this foyer fiscal is kept for the dossier. */
export async function noterIssueSurLaDemande(db: Tx, demandeId: string, responsableId: string, issue: IssueInstantane) {
  const d = await db.demande.findUniqueOrThrow({
    where: { id: demandeId },
    select: { raisonsEnAttente: true, statut: true },
  });
  const responsable = await db.responsableLegal.findUniqueOrThrow({
    where: { id: responsableId },
    select: { rang: true },
  });
  // A new attempt for the account holder replaces the previous attempt's reasons; the second parent's add to them.
  const garder = responsable.rang === 1 ? [] : d.raisonsEnAttente;
  const raisons = [...new Set([...garder, ...issue.raisons])];
  await db.demande.update({
    where: { id: demandeId },
    data: { voieTarification: d.statut === "brouillon" ? "donnees_fiscales" : undefined, raisonsEnAttente: raisons },
  });
  // Authorized again after submission (the agent asked for it): the dossier goes back to the agents.
  if (d.statut !== "brouillon") {
    const dossier = await db.dossier.findFirst({
      where: { demandeId, statut: "attente_famille" },
      select: { id: true, agentId: true },
    });
    if (dossier)
      await db.dossier.update({
        where: { id: dossier.id },
        data: { statut: dossier.agentId ? "en_cours" : "a_traiter", attenduFamille: null },
      });
  }
}

/** The identité pivot FranceConnect certifies (signed userinfo), or null when it lacks a datum the match needs. */
async function identiteCertifiee(
  configuration: oidc.Configuration,
  jetonAcces: string,
  sub: string,
): Promise<IdentitePivot | null> {
  const u = await oidc.fetchUserInfo(configuration, jetonAcces, sub);
  const texte = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);
  const prenoms = texte(u.given_name);
  const nomNaissance = texte(u.family_name);
  const dateNaissance = texte(u.birthdate);
  if (!prenoms || !nomNaissance || !dateNaissance) return null;
  return { prenoms, nomNaissance, nomUsage: texte(u.preferred_username), dateNaissance, certifiee: true };
}

/** The household's open requests (or the one being priced) wait for an agent: the identity did not match. */
async function noterIdentiteAVerifier(db: Db, foyerId: string, demandeId: string | null) {
  const demandes = await db.demande.findMany({
    where: demandeId ? { id: demandeId } : { foyerId, statut: { in: ["brouillon", "soumise", "a_instruire"] } },
    select: { id: true, raisonsEnAttente: true },
  });
  for (const d of demandes)
    await db.demande.update({
      where: { id: d.id },
      data: { raisonsEnAttente: [...new Set([...d.raisonsEnAttente, "identite_divergente" as const])] },
    });
}
