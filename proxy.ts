import { NextResponse, type NextRequest } from "next/server";

import { env } from "@/lib/server/env";

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
  const reponse = NextResponse.next({ request: { headers: entetes } });
  reponse.headers.set("Content-Security-Policy", csp);
  if (https) reponse.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return reponse;
}

// Document downloads set their own, stricter policy (`default-src 'none'; sandbox`), which this one would replace.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/health|api/documents/).*)" }],
};
