// The identity provider's post-logout return (post_logout_redirect_uri): the `state` sent to its end_session is
// checked against the cookie set then, and the cookie cleared. A mismatch is logged (no personal data); the person
// is signed out of the portal already, and sees so either way.
import { cookies } from "next/headers";

import { COOKIE_ETAT_DECONNEXION } from "@/lib/auth/cookie";
import { controlerEtatDeconnexion } from "@/lib/auth/etat-deconnexion";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";

export async function GET(req: Request) {
  const jar = await cookies();
  const controle = controlerEtatDeconnexion(
    jar.get(COOKIE_ETAT_DECONNEXION)?.value,
    new URL(req.url).searchParams.get("state"),
  );
  jar.delete({ name: COOKIE_ETAT_DECONNEXION, path: "/" });
  if (controle !== "conforme")
    logger.warn({ controle }, "retour de déconnexion : state absent ou différent de celui envoyé");
  return Response.redirect(new URL("/deconnexion", env().PORTAIL_URL), 303);
}
