// Ending a FranceConnect session, in the two places where it happens:
// - /session/end (RP-initiated logout). FranceConnect shows no confirmation page: its logout page only posts itself
//   on (with JavaScript) to the identity provider's logout and comes back. The simulator ends the session at once
//   and redirects (303) to the post_logout_redirect_uri with `state`, which also works without JavaScript.
//   oidc-provider still validates id_token_hint, client and post_logout_redirect_uri before we get here.
// - a login with another person over an existing session (prompt=login, second parent): the previous session ends
//   first, instead of oidc-provider's intermediate auto-submitted logout form.
// Ending a session revokes its grants, so the access tokens issued in it answer `active: false` at checktoken.
import type Provider from "oidc-provider";
import type { KoaContextWithOIDC, Session } from "oidc-provider";

export async function terminerSession(fournisseur: Provider, session: Session): Promise<void> {
  const idsAutorisations = Object.values(session.authorizations ?? {})
    .map((a) => a.grantId)
    .filter((id): id is string => typeof id === "string");
  for (const id of idsAutorisations) {
    await fournisseur.AccessToken.revokeByGrantId(id);
    await fournisseur.AuthorizationCode.revokeByGrantId(id);
    const autorisation = await fournisseur.Grant.find(id);
    await autorisation?.destroy();
  }
  await session.destroy();
}

function adresseDeRetour(ctx: KoaContextWithOIDC): string {
  const { post_logout_redirect_uri: uri, state } = ctx.oidc.params as {
    post_logout_redirect_uri?: string;
    state?: string;
  };
  if (!uri) return ctx.oidc.urlFor("end_session_success");
  const url = new URL(uri);
  if (state) url.searchParams.set("state", state);
  return url.href;
}

/** Koa middleware for oidc-provider (`provider.use`): completes /session/end once oidc-provider has validated it. */
export function terminerSessionAuRetour(fournisseur: Provider) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>) => {
    await next();
    if (ctx.oidc?.route !== "end_session" || ctx.status !== 200) return;
    const session = ctx.oidc.session;
    if (session) await terminerSession(fournisseur, session);
    ctx.cookies.set(fournisseur.cookieName("session"), null, { path: "/", httpOnly: true, sameSite: "lax" });
    ctx.status = 303;
    ctx.redirect(adresseDeRetour(ctx));
    ctx.body = "";
  };
}
