// next-auth's session cookie: its name depends on whether the portal is served over HTTPS (then `__Secure-`,
// Secure flag). httpOnly and SameSite=Lax in both cases.
import { env } from "@/lib/server/env";

export function cookieSessionSecurise(): boolean {
  return env().PORTAIL_URL.startsWith("https://");
}

export function nomCookieSession(): string {
  return `${cookieSessionSecurise() ? "__Secure-" : ""}next-auth.session-token`;
}

export function optionsCookieSession(maxAgeSecondes: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: cookieSessionSecurise(),
    maxAge: maxAgeSecondes,
  };
}

/** Holds the `state` sent to the identity provider's end_session, checked on the post-logout page. */
export const COOKIE_ETAT_DECONNEXION = "pf-deconnexion-etat";
