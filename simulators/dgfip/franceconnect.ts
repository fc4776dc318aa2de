// FranceConnect mode: who is behind an `X-FranceConnect-OAuth` access token, asked to FranceConnect's
// `checktoken` (signed `application/token-introspection+jwt` answer, verified against FranceConnect's JWKS), and
// what the granted DGFiP scopes allow (data per scope, income years per year scope).
import { createRemoteJWKSet, jwtVerify } from "jose";
import { z } from "zod";

import type { Persona, Population } from "../population/schema";
import type { FranceConnectFournisseurDonnees } from "./config";

const identite = z.object({
  given_name: z.string(),
  family_name: z.string(),
  birthdate: z.string(),
  birthplace: z.string().optional(),
  birthcountry: z.string(),
});

const introspection = z.object({
  token_introspection: z.union([
    z.object({ active: z.literal(false) }),
    z.object({ active: z.literal(true), scope: z.string(), identity: identite }),
  ]),
});

export type IdentiteFranceConnect = z.infer<typeof identite>;
export type Introspection = { actif: false } | { actif: true; identite: IdentiteFranceConnect; scopes: Set<string> };

export class FranceConnectInjoignable extends Error {}

export class VerificateurFranceConnect {
  private readonly jwks;

  constructor(private readonly fc: FranceConnectFournisseurDonnees) {
    this.jwks = createRemoteJWKSet(new URL(`${fc.issuer}/jwks`), { timeoutDuration: 5_000 });
  }

  async introspecter(jeton: string): Promise<Introspection> {
    let jwt: string;
    try {
      const res = await fetch(`${this.fc.issuer}/checktoken`, {
        method: "POST",
        headers: {
          Authorization: `Basic ${Buffer.from(`${encodeURIComponent(this.fc.clientId)}:${encodeURIComponent(this.fc.clientSecret)}`).toString("base64")}`,
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/token-introspection+jwt",
        },
        body: new URLSearchParams({ token: jeton }),
        signal: AbortSignal.timeout(5_000),
      });
      if (!res.ok) throw new FranceConnectInjoignable(`checktoken a répondu ${res.status}`);
      jwt = (await res.text()).trim();
    } catch (e) {
      throw e instanceof FranceConnectInjoignable ? e : new FranceConnectInjoignable("checktoken injoignable");
    }
    const { payload } = await jwtVerify(jwt, this.jwks, {
      issuer: this.fc.issuer,
      audience: this.fc.clientId,
      algorithms: ["ES256", "RS256"],
    }).catch(() => {
      throw new FranceConnectInjoignable("réponse de checktoken non vérifiable");
    });
    const r = introspection.safeParse(payload);
    if (!r.success) throw new FranceConnectInjoignable("réponse de checktoken hors contrat");
    const ti = r.data.token_introspection;
    return ti.active
      ? { actif: true, identite: ti.identity, scopes: new Set(ti.scope.split(/\s+/).filter(Boolean)) }
      : { actif: false };
  }
}

/** The persona whose identité pivot is exactly the one FranceConnect certified. */
export function personaDeLIdentite(p: Population, id: IdentiteFranceConnect): Persona | null {
  return (
    p.personas.find(
      (x) =>
        x.identite.given_name === id.given_name &&
        x.identite.family_name === id.family_name &&
        x.identite.birthdate === id.birthdate &&
        x.identite.birthcountry === id.birthcountry &&
        (x.identite.birthplace ?? null) === (id.birthplace ?? null),
    ) ?? null
  );
}

// One FranceConnect scope per datum (specs README). Fields not listed (revImposable, revenuBrutGlobal…) have no
// FranceConnect scope: they are never served in FranceConnect mode.
const DECLARANTS = [
  "nmNaiDec1",
  "nmUsaDec1",
  "prnmDec1",
  "dateNaisDec1",
  "nmNaiDec2",
  "nmUsaDec2",
  "prnmDec2",
  "dateNaisDec2",
];
const CHAMPS_PAR_SCOPE: Record<string, string[]> = {
  dgfip_rfr: ["rfr"],
  dgfip_nbpart: ["nbPart"],
  dgfip_sitfam: ["sitFam"],
  dgfip_nbpac: ["pac.nbPac"],
  dgfip_pac_nbPac: ["pac.nbPac"],
  dgfip_pac: ["pac.*"],
  dgfip_aft: ["aft", "aftDetail"],
  dgfip_pariso: ["sitParIso"],
  dgfip_decl: DECLARANTS,
  dgfip_mntRevbareme: ["mntRevbareme"],
  dgfip_inddeficit: ["indDeficit"],
  ...Object.fromEntries(DECLARANTS.map((c) => [`dgfip_${c}`, [c]])),
};
// Period and death fields of the `multiple` resource describe the situation itself, not a datum: always served.
const STRUCTURELS = ["dateDebutPeriode", "dateFinPeriode", "dateDecesdec1", "dateDecesdec2", "typeAvis"];

export function aUnScopeDeDonnees(scopes: Set<string>): boolean {
  return [...scopes].some((s) => s in CHAMPS_PAR_SCOPE);
}

/** Keeps only what the granted scopes allow. */
export function filtrerParScopes(situation: Record<string, unknown>, scopes: Set<string>): Record<string, unknown> {
  const permis = new Set([...STRUCTURELS, ...[...scopes].flatMap((s) => CHAMPS_PAR_SCOPE[s] ?? [])]);
  const sortie: Record<string, unknown> = {};
  for (const [cle, valeur] of Object.entries(situation)) {
    if (cle === "pac" && valeur && typeof valeur === "object") {
      const pac = permis.has("pac.*")
        ? { ...valeur }
        : permis.has("pac.nbPac")
          ? { nbPac: (valeur as { nbPac?: number }).nbPac }
          : null;
      if (pac) sortie.pac = pac;
    } else if (permis.has(cle)) sortie[cle] = valeur;
  }
  return sortie;
}

/**
 * Income years the FranceConnect year scopes allow, today being in year `n`. `dgfip_annee_n_moins_2_si_indispo_n_moins_1`
 * allows N-1, and N-2 only when N-1 is not available for this foyer.
 */
export function anneeAutorisee(annrev: number, scopes: Set<string>, n: number, n1Disponible: boolean): boolean {
  if (scopes.has("dgfip_annee_n_moins_1") && annrev === n - 1) return true;
  if (scopes.has("dgfip_annee_n_moins_2") && annrev === n - 2) return true;
  if (scopes.has("dgfip_annee_n_moins_3") && annrev === n - 3) return true;
  if (scopes.has("dgfip_annee_n_moins_2_si_indispo_n_moins_1"))
    return annrev === n - 1 || (annrev === n - 2 && !n1Disponible);
  return false;
}
