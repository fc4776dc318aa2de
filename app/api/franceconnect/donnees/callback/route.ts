// FranceConnect's answer to the data authorization: tokens, then the DGFiP at once, then back to the family's page.
import { cookies } from "next/headers";

import { COOKIE_FLUX_DONNEES, desceller } from "@/lib/franceconnect-donnees/etat";
import { recevoirAutorisationDonnees } from "@/lib/franceconnect-donnees/recevoir";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";

export async function GET(req: Request) {
  const jar = await cookies();
  const flux = await desceller(jar.get(COOKIE_FLUX_DONNEES)?.value);
  jar.delete({ name: COOKIE_FLUX_DONNEES, path: "/api/franceconnect/donnees" });
  const aller = (chemin: string) => Response.redirect(new URL(chemin, env().PORTAIL_URL), 303);
  if (!flux) return aller("/espace?erreur=autorisation_expiree");
  const page = flux.jetonInvitation
    ? "/autorisation-second-parent/terminee"
    : `/espace/demandes/${flux.demandeId}/recapitulatif`;
  try {
    const r = await recevoirAutorisationDonnees(await db(), flux, new URL(req.url), new Date());
    if (r.statut === "refusee")
      return aller(
        flux.jetonInvitation
          ? `${page}?statut=refus`
          : `/espace/demandes/${flux.demandeId}/tarification?erreur=refus_franceconnect`,
      );
    // Nothing was refused: the family (or the second parent, from the same link) can try again.
    if (r.statut === "indisponible")
      return aller(
        flux.jetonInvitation
          ? `/autorisation-second-parent?jeton=${encodeURIComponent(flux.jetonInvitation)}&erreur=franceconnect_${r.motif}`
          : `/espace/demandes/${flux.demandeId}/tarification?erreur=franceconnect_${r.motif}`,
      );
    // Someone else than the declared second parent signed in at FranceConnect: an agent looks at the case.
    if (r.statut === "identite_a_verifier")
      return aller(
        flux.jetonInvitation
          ? `${page}?statut=identite`
          : `/espace/demandes/${flux.demandeId}/tarification?erreur=identite_second_parent`,
      );
    if (r.statut === "invalide")
      return aller(
        flux.jetonInvitation
          ? `${page}?statut=erreur`
          : `/espace/demandes/${flux.demandeId}/tarification?erreur=reponse_${r.motif}`,
      );
    return aller(flux.jetonInvitation ? `${page}?statut=${r.issue}` : page);
  } catch (err) {
    logger.error({ err }, "autorisation de données FranceConnect");
    return aller(
      flux.jetonInvitation
        ? `${page}?statut=erreur`
        : `/espace/demandes/${flux.demandeId}/recapitulatif?erreur=inattendue`,
    );
  }
}
