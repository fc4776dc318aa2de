import { env } from "@/lib/server/env";

/** The identity provider's end_session URL for this session, or null when the provider cannot be reached. */
export async function finDeSessionFournisseur(
  fournisseur: "franceconnect" | "proconnect",
  p: { idToken: string; etat: string; apres: string },
): Promise<string | null> {
  const e = env();
  const issuer = fournisseur === "franceconnect" ? e.FRANCECONNECT_ISSUER : e.PROCONNECT_ISSUER;
  if (!issuer) return null;
  try {
    const r = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
    if (!r.ok) return null;
    const { end_session_endpoint: fin } = (await r.json()) as { end_session_endpoint?: string };
    if (!fin) return null;
    const url = new URL(fin);
    url.searchParams.set("id_token_hint", p.idToken);
    url.searchParams.set("state", p.etat);
    url.searchParams.set("post_logout_redirect_uri", p.apres);
    return url.toString();
  } catch {
    return null;
  }
}
