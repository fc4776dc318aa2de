// The second parent withdraws their consent from their link's page (a plain form: works without JavaScript).
import { requeteDuPortail } from "@/lib/auth/origine";
import { retirerAccordSecondParent } from "@/lib/consentements/second-parent.mutation";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { ErreurMetier } from "@/lib/server/erreurs";

export async function POST(req: Request) {
  if (!requeteDuPortail(req)) return new Response("Requête refusée", { status: 403 });
  const f = await req.formData();
  const jeton = String(f.get("jeton") ?? "");
  const retour = (parametre: string) =>
    Response.redirect(
      new URL(`/autorisation-second-parent?jeton=${encodeURIComponent(jeton)}&${parametre}`, env().PORTAIL_URL),
      303,
    );
  if (f.get("confirmation") !== "oui") return retour("erreur=confirmation_manquante");
  try {
    await retirerAccordSecondParent(await db(), jeton, new Date());
    return retour("retrait=fait");
  } catch (e) {
    if (e instanceof ErreurMetier) return retour(`erreur=${e.code}`);
    throw e;
  }
}
