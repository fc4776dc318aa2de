// The ProConnect profile of the simulator (SIMULATEUR_FRANCECONNECT_PROFIL=proconnect): the same OpenID Provider,
// run a second time on its own port (its own origin, as the real ProConnect is not FranceConnect's host), with
// ProConnect's scopes and claims and its `acr` values. The person chooses on the login page whether they used a
// second factor (`eidas1-mfa`) or not (`eidas1`): oidc-provider's own check that an essential `acr` was obtained is
// removed, so that the portal's refusal of a weaker `acr` can be tested end to end.
import { interactionPolicy } from "oidc-provider";

import type { Persona } from "../population/schema";

export type ProfilSimulateur = "franceconnect" | "proconnect";

/** Scope → claims of ProConnect (agents of the public sector). */
export const SCOPES_PROCONNECT: Record<string, string[]> = {
  openid: ["sub"],
  email: ["email"],
  given_name: ["given_name"],
  usual_name: ["usual_name"],
  uid: ["uid"],
};

/** `acr` with a second factor first (the default choice), then password only. */
const ACR_PROCONNECT_MFA = "eidas1-mfa";
const ACR_PROCONNECT_SANS_MFA = "eidas1";
export const ACR_PROCONNECT = [
  ACR_PROCONNECT_MFA,
  ACR_PROCONNECT_SANS_MFA,
  "eidas2",
  "eidas3",
  "https://proconnect.gouv.fr/assurance/self-asserted-2fa",
  "https://proconnect.gouv.fr/assurance/consistency-checked-2fa",
] as const;

export function acrProConnectChoisi(valeur: string | null | undefined): string {
  return valeur === ACR_PROCONNECT_SANS_MFA ? ACR_PROCONNECT_SANS_MFA : ACR_PROCONNECT_MFA;
}

/** A persona seen as a public agent: professional e-mail (the persona's), first name, usual name, uid. */
export function claimsProConnect(p: Persona): Record<string, string> {
  return {
    given_name: p.identite.given_name,
    usual_name: p.identite.preferred_username || p.identite.family_name,
    email: p.identite.email,
    uid: p.id,
  };
}

/** oidc-provider's default policy without the checks that an essential `acr` was obtained (see above). */
export function politiqueProConnect() {
  const politique = interactionPolicy.base();
  const connexion = politique.get("login");
  connexion?.checks.remove("essential_acrs");
  connexion?.checks.remove("essential_acr");
  return politique;
}
