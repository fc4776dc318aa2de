// Starts the FranceConnect data authorization from the consent page's form (works without JavaScript).
import { cookies } from "next/headers";

import { cookieSessionSecurise } from "@/lib/auth/cookie";
import { requeteDuPortail } from "@/lib/auth/origine";
import { invitationSecondParent } from "@/lib/comptes/jetons.mutation";
import { demarrerAutorisationDonnees, type Initiateur } from "@/lib/franceconnect-donnees/demarrer";
import { COOKIE_FLUX_DONNEES, optionsCookieFlux, sceller } from "@/lib/franceconnect-donnees/etat";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { ErreurMetier } from "@/lib/server/erreurs";
import { lireSession } from "@/lib/server/session";

const retourAvecErreur = (chemin: string, code: string) =>
  Response.redirect(new URL(`${chemin}${chemin.includes("?") ? "&" : "?"}erreur=${code}`, env().PORTAIL_URL), 303);

export async function POST(req: Request) {
  if (!requeteDuPortail(req)) return new Response("Requête refusée", { status: 403 });
  const f = await req.formData();
  const jeton = typeof f.get("jeton") === "string" ? String(f.get("jeton")) : null;
  const demandeId = String(f.get("demandeId") ?? "");
  const rang = f.get("rang") === "2" ? 2 : 1;
  const page = jeton
    ? `/autorisation-second-parent?jeton=${encodeURIComponent(jeton)}`
    : `/espace/demandes/${encodeURIComponent(demandeId)}/${rang === 2 ? "second-parent" : "tarification"}`;
  if (f.get("accord") !== "oui") return retourAvecErreur(page, "accord_manquant");

  const base = await db();
  let qui: Initiateur;
  if (jeton) {
    const invitation = await invitationSecondParent(base, jeton, new Date());
    if (!invitation) return retourAvecErreur(page, "lien_perime");
    qui = { genre: "invitation", jeton, foyerId: invitation.foyerId };
  } else {
    const session = await lireSession();
    if (!session || session.compte.role !== "citoyen")
      return Response.redirect(new URL(`/connexion?retour=${encodeURIComponent(page)}`, env().PORTAIL_URL), 303);
    if (session.fournisseur !== "franceconnect" && rang === 1) return retourAvecErreur(page, "franceconnect_requis");
    qui = { genre: "titulaire", compteId: session.compte.id, demandeId, rang };
  }
  try {
    const { url, flux } = await demarrerAutorisationDonnees(base, qui, new Date());
    (await cookies()).set(COOKIE_FLUX_DONNEES, await sceller(flux), optionsCookieFlux(cookieSessionSecurise()));
    return Response.redirect(url, 303);
  } catch (e) {
    if (e instanceof ErreurMetier) return retourAvecErreur(page, e.code);
    return retourAvecErreur(page, "franceconnect_injoignable");
  }
}
