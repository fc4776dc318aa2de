import "server-only";

import * as oidc from "openid-client";

import { invitationSecondParent } from "@/lib/comptes/jetons.mutation";
import { enregistrerConsentement } from "@/lib/consentements/consentement.mutation";
import { anneesDemandees } from "@/lib/consentements/consentement.query";
import { scopesFranceConnectDgfip } from "@/lib/fiscal/domain/scopes-franceconnect";
import { lireParametresFiscaux } from "@/lib/fiscal/parametres-fiscaux.query";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { configurationFranceConnect, urlRetourDonnees } from "./client-oidc";
import type { FluxDonnees } from "./etat";

const SCOPES_IDENTITE_SECOND_PARENT = ["given_name", "family_name", "birthdate", "preferred_username"];

export type Initiateur =
  | { genre: "titulaire"; compteId: string; demandeId: string; rang: 1 | 2 }
  | { genre: "invitation"; jeton: string; foyerId: string };

/**
 * Records the consent (who, what, when, purpose, income year), then builds the FranceConnect authorization that
 * carries the DGFiP scopes. The second parent signs in with `prompt=login`: FranceConnect's single sign-on would
 * otherwise answer for the first parent.
 */
export async function demarrerAutorisationDonnees(
  db: Db,
  qui: Initiateur,
  maintenant: Date,
): Promise<{ url: URL; flux: FluxDonnees }> {
  let foyerId: string;
  let demandeId: string | null = null;
  let rang: 1 | 2;
  if (qui.genre === "titulaire") {
    const d = await db.demande.findFirst({
      where: { id: qui.demandeId, foyer: foyerDuCompte(qui.compteId) },
      select: { foyerId: true, statut: true },
    });
    if (!d) throw new ErreurMetier("demande_introuvable", "Cette demande est introuvable.");
    if (d.statut === "validee" || d.statut === "refusee")
      throw new ErreurMetier("demande_close", "Cette demande est déjà décidée.");
    foyerId = d.foyerId;
    demandeId = qui.demandeId;
    rang = qui.rang;
  } else {
    // The link is only worth something for the second parent it was sent to, while they still are.
    const invitation = await invitationSecondParent(db, qui.jeton, maintenant);
    if (!invitation || invitation.foyerId !== qui.foyerId)
      throw new ErreurMetier("lien_perime", "Ce lien n'est plus valable. Demandez-en un nouveau à l'autre parent.");
    foyerId = qui.foyerId;
    rang = 2;
  }
  const responsable = await db.responsableLegal.findUnique({
    where: { foyerId_rang: { foyerId, rang } },
    select: { id: true, foyerFiscalDistinct: true },
  });
  if (!responsable || (rang === 2 && !responsable.foyerFiscalDistinct))
    throw new ErreurMetier("second_parent_absent", "Le second parent n'est pas déclaré avec un foyer fiscal distinct.");
  const annees = await anneesDemandees(db, maintenant);
  const consentementId = await enregistrerConsentement(db, {
    foyerId,
    compteId: qui.genre === "titulaire" && rang === 1 ? qui.compteId : null,
    responsableId: responsable.id,
    statut: "accorde",
    anneeRevenus: annees[0]?.annee ?? null,
    maintenant,
  });
  const { politique, scopesFranceConnect } = await lireParametresFiscaux(db);
  const flux: FluxDonnees = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    foyerId,
    responsableId: responsable.id,
    consentementId,
    demandeId,
    compteId: qui.genre === "titulaire" ? qui.compteId : null,
    jetonInvitation: qui.genre === "invitation" ? qui.jeton : null,
  };
  const url = oidc.buildAuthorizationUrl(await configurationFranceConnect(), {
    redirect_uri: urlRetourDonnees(),
    // The second parent's identity is checked against the declared one: their identité pivot is asked too.
    scope: [
      "openid",
      ...(rang === 2 ? SCOPES_IDENTITE_SECOND_PARENT : []),
      ...scopesFranceConnectDgfip(politique, scopesFranceConnect),
    ].join(" "),
    acr_values: "eidas1",
    state: flux.state,
    nonce: flux.nonce,
    ...(rang === 2 ? { prompt: "login" } : {}),
  });
  return { url, flux };
}
