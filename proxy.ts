import { NextResponse, type NextRequest } from "next/server";

import { nomCookieSession } from "@/lib/auth/cookie";
import {
  COOKIE_DEPOT_TROP_VOLUMINEUX,
  ENTETE_DEPOT_TROP_VOLUMINEUX,
  LIMITE_CORPS_OCTETS,
} from "@/lib/documents/domain/taille";
import { env } from "@/lib/server/env";
import { sessionDuJeton } from "@/lib/server/session";

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

/** The staff areas and who may open them; the pages and their layouts check again (forbidden()). */
const ESPACES_RESERVES = [
  { prefixe: "/admin", roles: ["admin"] },
  { prefixe: "/agent", roles: ["agent", "admin"] },
] as const;

/** A signed-in person whose role does not open this staff area (no session: the page sends to sign-in). */
async function accesRefuse(request: NextRequest): Promise<boolean> {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  // Pages only: a route handler under these prefixes (a CSV export) answers its own 403, in words fit for a download.
  if (!request.headers.get("accept")?.includes("text/html")) return false;
  const chemin = request.nextUrl.pathname;
  const espace = ESPACES_RESERVES.find((e) => chemin === e.prefixe || chemin.startsWith(`${e.prefixe}/`));
  if (!espace) return false;
  const session = await sessionDuJeton(request.cookies.get(nomCookieSession())?.value);
  return session !== null && !(espace.roles as readonly string[]).includes(session.compte.role);
}

const ENTETES_NON_RELAYES = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "set-cookie",
]);

/**
 * 403 with the "Accès refusé" page itself. After forbidden(), Next.js 16 sends the status with an empty error
 * document that only JavaScript fills (vercel/next.js#57583): a person without JavaScript would read nothing. The
 * page is rendered by this same server (with the person's cookies: the header shows who is signed in) and relayed
 * with its own Content-Security-Policy, whose nonce is the one on its scripts.
 */
async function pageAccesRefuse(request: NextRequest): Promise<NextResponse> {
  try {
    const page = await fetch(`http://127.0.0.1:${env().PORT}/acces-refuse`, {
      headers: { cookie: request.headers.get("cookie") ?? "", "accept-language": "fr" },
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    if (page.ok) {
      const entetes = new Headers();
      page.headers.forEach((valeur, nom) => {
        if (!ENTETES_NON_RELAYES.has(nom)) entetes.set(nom, valeur);
      });
      entetes.set("Cache-Control", "no-store, private");
      return new NextResponse(request.method === "HEAD" ? null : await page.text(), { status: 403, headers: entetes });
    }
  } catch {
    // Below: the same words without the site's layout.
  }
  return new NextResponse(
    '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Accès refusé</title><h1>Accès refusé</h1><p>Votre compte ne donne pas accès à cette partie du portail.</p><p><a href="/">Retour à l\'accueil</a></p></html>',
    { status: 403, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store, private" } },
  );
}

/**
 * Origins a form of the portal may end up at: the portal, then, through next-auth's sign-in redirect and the
 * sign-out redirect to end_session, FranceConnect and ProConnect (each on its own origin), read from the
 * configuration.
 */
function originesFormulaires(): string {
  const e = env();
  const fournisseurs = [e.FRANCECONNECT_ISSUER, e.PROCONNECT_ISSUER].flatMap((u) => (u ? [new URL(u).origin] : []));
  return ["'self'", ...new Set(fournisseurs)].join(" ");
}

// Content-Security-Policy with a per-request nonce: Next.js reads it from the request and puts it on its own
// scripts. Form submissions may only go to this site and to the identity providers it redirects to.
export async function proxy(request: NextRequest) {
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
  if (await accesRefuse(request)) return pageAccesRefuse(request);
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
    `form-action ${originesFormulaires()}`,
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
