// The registered clients, from the committed fixture clients.json: service providers (fournisseurs de service, who
// sign users in) and data providers (fournisseurs de données, who may call checktoken). A scope ending in `*`
// stands for every data scope of the catalogue with that prefix (`dgfip_*`).
import { readFileSync } from "node:fs";

import type { ClientMetadata } from "oidc-provider";
import { z } from "zod";

import { SCOPES_DONNEES, SCOPES_IDENTITE } from "./catalogue-donnees";
import { SCOPES_PROCONNECT } from "./proconnect";

// One list for both profiles: a ProConnect client (usual_name, uid) is read by the same code.
const SCOPES_CONNUS = new Set([
  ...Object.keys(SCOPES_IDENTITE),
  ...Object.keys(SCOPES_DONNEES),
  ...Object.keys(SCOPES_PROCONNECT),
]);

function developperScopes(scopes: string[], ctx: z.RefinementCtx): string[] {
  const resultat = new Set<string>();
  for (const s of scopes) {
    if (s.endsWith("*")) {
      const prefixe = s.slice(0, -1);
      const trouves = Object.keys(SCOPES_DONNEES).filter((d) => d.startsWith(prefixe));
      if (trouves.length === 0) ctx.addIssue({ code: "custom", message: `aucun scope ne correspond à « ${s} »` });
      trouves.forEach((t) => resultat.add(t));
    } else if (SCOPES_CONNUS.has(s)) {
      resultat.add(s);
    } else {
      ctx.addIssue({ code: "custom", message: `scope inconnu de FranceConnect : « ${s} »` });
    }
  }
  return [...resultat];
}

const clientId = z.string().regex(/^[A-Za-z0-9._-]+$/, "lettres, chiffres, « . », « _ » ou « - » uniquement");
const uri = z.url({ protocol: /^https?$/, error: "doit être une URL http(s)" });
const scopes = z.array(z.string().min(1)).min(1).transform(developperScopes);

const fournisseurDeService = z
  .object({
    client_id: clientId,
    client_secret: z.string().min(16, "doit faire au moins 16 caractères"),
    nom: z.string().min(1),
    redirect_uris: z.array(uri).min(1),
    post_logout_redirect_uris: z.array(uri).default([]),
    /** The scopes this service provider is authorised for (its habilitation); others are refused (invalid_scope). */
    scopes,
  })
  .strict();

const fournisseurDeDonnees = z
  .object({
    client_id: clientId,
    client_secret: z.string().min(16, "doit faire au moins 16 caractères"),
    nom: z.string().min(1),
    /** The data scopes this provider serves: checktoken reveals only these among the granted scopes. */
    scopes,
  })
  .strict();

const fichierClients = z
  .object({
    fournisseursDeService: z.array(fournisseurDeService).min(1),
    fournisseursDeDonnees: z.array(fournisseurDeDonnees).default([]),
  })
  .strict()
  .superRefine((f, ctx) => {
    const ids = [...f.fournisseursDeService, ...f.fournisseursDeDonnees].map((c) => c.client_id);
    for (const id of new Set(ids)) {
      if (ids.filter((x) => x === id).length > 1)
        ctx.addIssue({ code: "custom", message: `client_id en double : ${id}` });
    }
  });

export type FournisseurDeService = z.infer<typeof fournisseurDeService>;
export type FournisseurDeDonneesEnregistre = z.infer<typeof fournisseurDeDonnees>;
export type Clients = z.infer<typeof fichierClients>;

export function lireClients(brut: unknown): Clients {
  const r = fichierClients.safeParse(brut);
  if (!r.success) {
    const problemes = r.error.issues.map((i) => `  - ${i.path.join(".") || "(racine)"} : ${i.message}`);
    throw new Error(`Fichier des clients FranceConnect invalide :\n${problemes.join("\n")}`);
  }
  return r.data;
}

export function chargerClients(chemin: string): Clients {
  return lireClients(JSON.parse(readFileSync(chemin, "utf8")));
}

/**
 * oidc-provider metadata of a service provider, with FranceConnect's choices: authorization code only,
 * `client_secret_post` at the token endpoint, ID token and userinfo signed ES256, one pairwise sector per client.
 * oidc-provider requires a sector_identifier_uri when redirect URIs span several hosts (ports 3000 and 3100); it
 * is never fetched (see sectorIdentifierUriValidate) and only names the client's sector.
 */
export function metadonneesOidc(fs: FournisseurDeService): ClientMetadata {
  return {
    client_id: fs.client_id,
    client_secret: fs.client_secret,
    client_name: fs.nom,
    redirect_uris: fs.redirect_uris,
    post_logout_redirect_uris: fs.post_logout_redirect_uris,
    scope: fs.scopes.join(" "),
    grant_types: ["authorization_code"],
    response_types: ["code"],
    token_endpoint_auth_method: "client_secret_post",
    id_token_signed_response_alg: "ES256",
    userinfo_signed_response_alg: "ES256",
    subject_type: "pairwise",
    sector_identifier_uri: `https://${encodeURIComponent(fs.client_id)}.secteur.invalid/`,
  };
}
