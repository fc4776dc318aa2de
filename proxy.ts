import { NextResponse, type NextRequest } from "next/server";

import {
  COOKIE_DEPOT_TROP_VOLUMINEUX,
  ENTETE_DEPOT_TROP_VOLUMINEUX,
  LIMITE_CORPS_OCTETS,
} from "@/lib/documents/domain/taille";
import { env } from "@/lib/server/env";

/**
 * A form posted without JavaScript whose body is over the server actions' limit: Next.js would only show its bare
 * error page. The person is sent back (303) to the page they posted from, with a one-time cookie that makes the
 * upload form say, in French and next to its field, that the file is too big. With JavaScript the field refuses
 * such a file as soon as it is chosen.
 */
function renvoyerCorpsTropVolumineux(request: NextRequest): NextResponse | null {
  const taille = Number(request.headers.get("content-length"));
  if (request.method !== "POST" || request.headers.has("next-action") || !(taille > LIMITE_CORPS_OCTETS)) return null;
  const cible = new URL(request.nextUrl.pathname + request.nextUrl.search, env().PORTAIL_URL);
  const reponse = NextResponse.redirect(cible, 303);
  reponse.cookies.set(COOKIE_DEPOT_TROP_VOLUMINEUX, String(taille), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 120,
    secure: request.nextUrl.protocol === "https:",
  });
  return reponse;
}

// Content-Security-Policy with a per-request nonce: Next.js reads it from the request and puts it on its own
// scripts. Form submissions may only go to this site and to the identity providers it redirects to.
export function proxy(request: NextRequest) {
  // An identity provider that answers its callback with an error (the person cancelled, a scope was refused…):
  // straight to the sign-in page with that code, which it explains in French.
  const erreurFournisseur = request.nextUrl.pathname.startsWith("/api/auth/callback/")
    ? request.nextUrl.searchParams.get("error")
    : null;
  if (erreurFournisseur) {
    const cible = new URL("/connexion", env().PORTAIL_URL);
    cible.searchParams.set("error", /^[a-z_]{1,40}$/.test(erreurFournisseur) ? erreurFournisseur : "Callback");
    return NextResponse.redirect(cible, 303);
  }
  const tropVolumineux = renvoyerCorpsTropVolumineux(request);
  if (tropVolumineux) return tropVolumineux;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // next-auth posts the sign-in form, then redirects to the identity provider: allow those origins.
    `form-action 'self' ${new URL(env().FRANCECONNECT_ISSUER).origin}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const entetes = new Headers(request.headers);
  entetes.set("x-nonce", nonce);
  entetes.set("Content-Security-Policy", csp);
  // The "file too big" notice is shown once: handed to this page's rendering, forgotten by the browser. (A cookie
  // deleted on this response would already be gone for the rendering: Next.js applies it to the request too.)
  const tropVolumineuxSignale = request.cookies.get(COOKIE_DEPOT_TROP_VOLUMINEUX)?.value;
  entetes.delete(ENTETE_DEPOT_TROP_VOLUMINEUX);
  if (tropVolumineuxSignale) entetes.set(ENTETE_DEPOT_TROP_VOLUMINEUX, tropVolumineuxSignale);
  const reponse = NextResponse.next({ request: { headers: entetes } });
  reponse.headers.set("Content-Security-Policy", csp);
  if (tropVolumineuxSignale) reponse.cookies.delete(COOKIE_DEPOT_TROP_VOLUMINEUX);
  if (https) reponse.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return reponse;
}

// Document downloads set their own, stricter policy (`default-src 'none'; sandbox`), which this one would replace.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/health|api/documents/).*)" }],
};
