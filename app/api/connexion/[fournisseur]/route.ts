// Starts a FranceConnect (or ProConnect) sign-in from a plain HTML form, so it works without JavaScript:
// next-auth's sign-in endpoint wants a POST with its CSRF token, which a server-rendered page cannot obtain for a
// new visitor. This handler asks next-auth for the token, posts the sign-in on the visitor's behalf, and relays
// next-auth's cookies (CSRF, state, nonce) and its redirect to the identity provider.
import { cheminDeRetour, requeteDuPortail } from "@/lib/auth/origine";
import { env } from "@/lib/server/env";

const FOURNISSEURS = new Set(["franceconnect", "proconnect"]);

function cookiesDe(entete: string | null, ajoutes: string[]): string {
  const jar = new Map<string, string>();
  for (const c of (entete ?? "").split(/;\s*/).filter(Boolean)) jar.set(c.split("=")[0]!, c);
  for (const sc of ajoutes) {
    const paire = sc.split(";")[0]!;
    jar.set(paire.split("=")[0]!, paire);
  }
  return [...jar.values()].join("; ");
}

export async function POST(req: Request, { params }: { params: Promise<{ fournisseur: string }> }) {
  const { fournisseur } = await params;
  if (!FOURNISSEURS.has(fournisseur) || !requeteDuPortail(req)) return new Response("Requête refusée", { status: 403 });
  const e = env();
  const formulaire = await req.formData();
  const retour = cheminDeRetour(formulaire.get("retour"), fournisseur === "proconnect" ? "/agent" : "/espace");
  const interne = `http://127.0.0.1:${e.PORT}/api/auth`;
  const echec = () => Response.redirect(new URL("/connexion?error=OAuthSignin", e.PORTAIL_URL), 303);
  try {
    const csrf = await fetch(`${interne}/csrf`, { headers: { cookie: req.headers.get("cookie") ?? "" } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookiesCsrf = csrf.headers.getSetCookie();
    const signin = await fetch(`${interne}/signin/${fournisseur}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: cookiesDe(req.headers.get("cookie"), cookiesCsrf),
      },
      body: new URLSearchParams({ csrfToken, callbackUrl: new URL(retour, e.PORTAIL_URL).toString() }),
    });
    const destination = signin.headers.get("location");
    if (!destination) return echec();
    const reponse = new Headers({ location: destination });
    for (const c of [...cookiesCsrf, ...signin.headers.getSetCookie()]) reponse.append("set-cookie", c);
    return new Response(null, { status: 303, headers: reponse });
  } catch {
    return echec();
  }
}
