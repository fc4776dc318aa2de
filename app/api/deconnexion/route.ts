// Signs out: revokes the session row (so the JWT is worthless everywhere at once), clears the cookie and, after a
// FranceConnect sign-in, ends the FranceConnect session too (end_session with id_token_hint, state and
// post_logout_redirect_uri). A plain form POST: works without JavaScript.
import { randomBytes } from "node:crypto";

import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";

import { COOKIE_ETAT_DECONNEXION, nomCookieSession, optionsCookieSession } from "@/lib/auth/cookie";
import { finDeSessionFournisseur } from "@/lib/auth/fin-de-session";
import { requeteDuPortail } from "@/lib/auth/origine";
import { revoquerSession } from "@/lib/comptes/sessions.mutation";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

export async function POST(req: Request) {
  if (!requeteDuPortail(req)) return new Response("Requête refusée", { status: 403 });
  const e = env();
  const jar = await cookies();
  const jeton = jar.get(nomCookieSession())?.value;
  const contenu = jeton ? await decode({ token: jeton, secret: e.AUTH_SECRET }).catch(() => null) : null;
  const base = await db();
  const session = typeof contenu?.sid === "string" ? await revoquerSession(base, contenu.sid, new Date()) : null;
  jar.set(nomCookieSession(), "", { ...optionsCookieSession(0), expires: new Date(0) });
  const apres = new URL("/deconnexion", e.PORTAIL_URL);
  if (session?.idToken && (session.fournisseur === "franceconnect" || session.fournisseur === "proconnect")) {
    const etat = randomBytes(16).toString("base64url");
    // The provider returns through the route handler that checks and clears the state, then shows /deconnexion.
    const url = await finDeSessionFournisseur(session.fournisseur, {
      idToken: session.idToken,
      etat,
      apres: new URL("/api/deconnexion/retour", e.PORTAIL_URL).toString(),
    });
    if (url) {
      jar.set(COOKIE_ETAT_DECONNEXION, etat, { ...optionsCookieSession(600) });
      return Response.redirect(url, 303);
    }
    apres.searchParams.set("fournisseur", "injoignable");
  }
  return Response.redirect(apres, 303);
}
