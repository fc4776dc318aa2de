// FranceConnect validates the authorization request before oidc-provider sees it (class-validator DTO with
// forbidNonWhitelisted in france-connect/sources, core-fcp AuthorizeParamsDto): every listed parameter but
// `claims`, `prompt`, `idp_hint` and `ui_locales` is required, `nonce` has at least 22 characters, `prompt` is
// `login` and/or `consent`, and any other parameter (e.g. PKCE's `code_challenge`) is refused. A failure is not
// redirected to the service provider: FranceConnect shows its error page (HTTP 400, code Y030007,
// `invalid_request`). The simulator does the same, and lists the problems for the developer.

import type { ProfilSimulateur } from "./proconnect";

const OBLIGATOIRES = ["client_id", "response_type", "scope", "redirect_uri", "state", "nonce", "acr_values"] as const;
const FACULTATIFS = ["claims", "prompt", "idp_hint", "ui_locales"] as const;
const AUTORISES = new Set<string>([...OBLIGATOIRES, ...FACULTATIFS]);
const PROMPTS_AUTORISES = new Set(["login", "consent"]);

const LONGUEUR_MINIMALE_NONCE = 22;

/**
 * Problems of an authorization request, in French; empty when FranceConnect would accept it. ProConnect does not
 * require `acr_values` (its clients ask for an essential `acr` through `claims`).
 */
export function controlerAutorisation(params: URLSearchParams, profil: ProfilSimulateur = "franceconnect"): string[] {
  const problemes: string[] = [];
  for (const nom of OBLIGATOIRES) {
    if (profil === "proconnect" && nom === "acr_values") continue;
    if (!params.get(nom)) problemes.push(`le paramètre « ${nom} » est obligatoire`);
  }
  const nonce = params.get("nonce");
  if (nonce && nonce.length < LONGUEUR_MINIMALE_NONCE) {
    problemes.push(
      `le paramètre « nonce » doit faire au moins ${LONGUEUR_MINIMALE_NONCE} caractères (reçu : ${nonce.length})`,
    );
  }
  const prompt = params.get("prompt");
  if (prompt !== null) {
    const refuses = prompt.split(" ").filter((p) => !PROMPTS_AUTORISES.has(p));
    if (refuses.length > 0)
      problemes.push(`valeur de « prompt » non acceptée : ${refuses.join(", ")} (seuls login et consent le sont)`);
  }
  const inconnus = [...new Set(params.keys())].filter((k) => !AUTORISES.has(k));
  if (inconnus.length > 0) problemes.push(`paramètre(s) non accepté(s) par FranceConnect : ${inconnus.join(", ")}`);
  return problemes;
}

/** FranceConnect requires `id_token_hint` at /session/end (LogoutParamsDto). */
export function controlerDeconnexion(params: URLSearchParams): string[] {
  return params.get("id_token_hint") ? [] : ["le paramètre « id_token_hint » est obligatoire"];
}
