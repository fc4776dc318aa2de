// Les scopes et claims que sert FranceConnect v2, avec les libellés français montrés sur les pages du simulateur.
// Les scopes d'identité donnent des claims de l'identité pivot (rendus par /userinfo) ; les scopes de données
// (`dgfip_*`, `cnaf_*`) ne portent pas de claim : ils autorisent un fournisseur de données (DGFiP, CNAF) à répondre
// au fournisseur de service, d'où le consentement explicite de l'usager (docs/contrats-amont.md §3).

/** Identity claims of the identité pivot, in display order. */
const LIBELLES_CLAIMS_IDENTITE = {
  given_name: "Prénom(s)",
  family_name: "Nom de naissance",
  preferred_username: "Nom d'usage",
  birthdate: "Date de naissance",
  gender: "Sexe",
  birthplace: "Lieu de naissance (code INSEE de la commune)",
  birthcountry: "Pays de naissance (code INSEE)",
  email: "Adresse électronique",
} as const;

type ClaimIdentite = keyof typeof LIBELLES_CLAIMS_IDENTITE;

/**
 * Scope → claims, as configured for oidc-provider (`claims`). `given_name_array` is FranceConnect v2's list form of
 * the first names; it travels with `given_name`.
 */
export const SCOPES_IDENTITE: Record<string, string[]> = {
  openid: ["sub"],
  identite_pivot: [
    "given_name",
    "given_name_array",
    "family_name",
    "birthdate",
    "gender",
    "birthplace",
    "birthcountry",
  ],
  profile: ["given_name", "given_name_array", "family_name", "birthdate", "gender", "preferred_username"],
  birth: ["birthplace", "birthcountry"],
  email: ["email"],
  given_name: ["given_name", "given_name_array"],
  family_name: ["family_name"],
  birthdate: ["birthdate"],
  gender: ["gender"],
  birthplace: ["birthplace"],
  birthcountry: ["birthcountry"],
  preferred_username: ["preferred_username"],
};

export type FournisseurDeDonnees = "dgfip" | "cnaf";

const NOMS_FOURNISSEURS: Record<FournisseurDeDonnees, string> = {
  dgfip: "la Direction générale des Finances publiques (DGFiP)",
  cnaf: "la Caisse nationale des allocations familiales (CNAF) et la MSA",
};

/** Data scopes: one per datum, labelled in French for the consent screen. */
export const SCOPES_DONNEES: Record<string, { fournisseur: FournisseurDeDonnees; libelle: string }> = {
  dgfip_rfr: { fournisseur: "dgfip", libelle: "Revenu fiscal de référence" },
  dgfip_nbpart: { fournisseur: "dgfip", libelle: "Nombre de parts fiscales du foyer" },
  dgfip_sitfam: { fournisseur: "dgfip", libelle: "Situation de famille (mariage, PACS, célibat, veuvage, divorce)" },
  dgfip_nbpac: { fournisseur: "dgfip", libelle: "Nombre de personnes à charge" },
  dgfip_pac: { fournisseur: "dgfip", libelle: "Détail des personnes à charge et rattachées" },
  dgfip_pac_nbPac: { fournisseur: "dgfip", libelle: "Nombre de personnes à charge (détail)" },
  dgfip_aft: { fournisseur: "dgfip", libelle: "Adresse fiscale au 1er janvier" },
  dgfip_pariso: { fournisseur: "dgfip", libelle: "Parent isolé (case T)" },
  dgfip_decl: { fournisseur: "dgfip", libelle: "État civil des déclarants du foyer fiscal" },
  dgfip_nmUsaDec1: { fournisseur: "dgfip", libelle: "Nom d'usage du déclarant 1" },
  dgfip_nmNaiDec1: { fournisseur: "dgfip", libelle: "Nom de naissance du déclarant 1" },
  dgfip_prnmDec1: { fournisseur: "dgfip", libelle: "Prénom du déclarant 1" },
  dgfip_dateNaisDec1: { fournisseur: "dgfip", libelle: "Date de naissance du déclarant 1" },
  dgfip_nmUsaDec2: { fournisseur: "dgfip", libelle: "Nom d'usage du déclarant 2" },
  dgfip_nmNaiDec2: { fournisseur: "dgfip", libelle: "Nom de naissance du déclarant 2" },
  dgfip_prnmDec2: { fournisseur: "dgfip", libelle: "Prénom du déclarant 2" },
  dgfip_dateNaisDec2: { fournisseur: "dgfip", libelle: "Date de naissance du déclarant 2" },
  dgfip_mntRevbareme: { fournisseur: "dgfip", libelle: "Montant de l'impôt sur les revenus soumis au barème" },
  dgfip_inddeficit: { fournisseur: "dgfip", libelle: "Existence d'un déficit" },
  dgfip_annee_n_moins_1: { fournisseur: "dgfip", libelle: "Pour la dernière année de revenus" },
  dgfip_annee_n_moins_2: { fournisseur: "dgfip", libelle: "Pour l'avant-dernière année de revenus" },
  dgfip_annee_n_moins_3: { fournisseur: "dgfip", libelle: "Pour l'antépénultième année de revenus" },
  dgfip_annee_n_moins_2_si_indispo_n_moins_1: {
    fournisseur: "dgfip",
    libelle: "Pour la dernière année de revenus, ou l'avant-dernière si la dernière n'est pas encore disponible",
  },
  dgfip_annee_df_au_3112_si_deces_ctb_mp: {
    fournisseur: "dgfip",
    libelle: "En cas de décès d'un conjoint marié ou pacsé : situation au 31 décembre",
  },
  cnaf_quotient_familial: { fournisseur: "cnaf", libelle: "Quotient familial CAF ou MSA et composition familiale" },
  cnaf_allocataires: { fournisseur: "cnaf", libelle: "Identités de l'allocataire et de son conjoint" },
  cnaf_enfants: { fournisseur: "cnaf", libelle: "Identités des enfants" },
  cnaf_adresse: { fournisseur: "cnaf", libelle: "Adresse du foyer" },
};

export function estScopeDeDonnees(scope: string): boolean {
  return Object.hasOwn(SCOPES_DONNEES, scope);
}

export function scopesDeLaRequete(scope: string | undefined): string[] {
  return [...new Set((scope ?? "").split(" ").filter(Boolean))];
}

/** Identity claims a list of scopes releases, as French labels in display order (for the pages). */
export function libellesIdentite(scopes: string[]): string[] {
  const claims = new Set(scopes.flatMap((s) => SCOPES_IDENTITE[s] ?? []));
  return (Object.keys(LIBELLES_CLAIMS_IDENTITE) as ClaimIdentite[])
    .filter((c) => claims.has(c))
    .map((c) => LIBELLES_CLAIMS_IDENTITE[c]);
}

/** Data scopes of a request grouped by data provider, labelled in French (for the consent page). */
export function donneesParFournisseur(scopes: string[]): { fournisseur: string; libelles: string[] }[] {
  const groupes = new Map<FournisseurDeDonnees, string[]>();
  for (const s of scopes) {
    const d = SCOPES_DONNEES[s];
    if (d) groupes.set(d.fournisseur, [...(groupes.get(d.fournisseur) ?? []), d.libelle]);
  }
  return [...groupes].map(([f, libelles]) => ({ fournisseur: NOMS_FOURNISSEURS[f], libelles }));
}
