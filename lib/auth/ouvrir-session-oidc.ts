import "server-only";

import { decodeJwt } from "jose";

import { journaliser } from "@/lib/audit/journal.mutation";
import { compteFranceConnect, compteProConnect } from "@/lib/comptes/comptes.mutation";
import { creerSession, type ReglesSessionCompletes } from "@/lib/comptes/sessions.mutation";
import type { Db } from "@/lib/server/database";
import { acrSuffisant, identitePivot } from "./domain/franceconnect";

/**
 * After FranceConnect answered: check the eIDAS level, find or create the account (keyed on `sub`), open a
 * session row. Returns where to send the person, or the session id to put in the JWT.
 */
export async function ouvrirSessionOidc(
  base: Db,
  regles: ReglesSessionCompletes,
  p: {
    fournisseur: "franceconnect" | "proconnect";
    idToken: string | undefined;
    profil: Record<string, unknown>;
    maintenant: Date;
    /** ProConnect: the `acr` values that prove a second factor (PROCONNECT_ACR). */
    acrAcceptes?: readonly string[];
  },
): Promise<
  | { sid: string }
  | { erreur: "niveau_insuffisant" | "second_facteur_requis" | "agent_inconnu" | "compte_ferme" | "OAuthCallback" }
> {
  // The ID token's signature, issuer, audience and nonce were checked by the OIDC client; the level is ours to check.
  if (!p.idToken) return { erreur: "niveau_insuffisant" };
  const acr = decodeJwt(p.idToken).acr;
  if (p.fournisseur === "proconnect") {
    // Staff must have used a second factor: only the configured values pass, whatever the provider chose.
    if (typeof acr !== "string" || !(p.acrAcceptes ?? []).includes(acr)) return { erreur: "second_facteur_requis" };
  } else if (!acrSuffisant(acr)) return { erreur: "niveau_insuffisant" };
  let compteId: string;
  if (p.fournisseur === "franceconnect") {
    const identite = identitePivot.safeParse(p.profil);
    if (!identite.success) return { erreur: "OAuthCallback" };
    const compte = await compteFranceConnect(base, identite.data);
    if (compte.fermeLe) return { erreur: "compte_ferme" };
    compteId = compte.id;
  } else {
    const compte = await compteProConnect(base, {
      sub: String(p.profil.sub),
      email: typeof p.profil.email === "string" ? p.profil.email : undefined,
    });
    if (!compte) return { erreur: "agent_inconnu" };
    compteId = compte.id;
  }
  const sid = await creerSession(base, {
    compteId,
    fournisseur: p.fournisseur,
    idToken: p.idToken,
    maintenant: p.maintenant,
    regles,
  });
  await journaliser(base, { id: compteId, role: null }, "connexion", null, { fournisseur: p.fournisseur });
  return { sid };
}
