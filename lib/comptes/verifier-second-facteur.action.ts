"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { CHEMIN_ENROLEMENT } from "@/lib/auth/domain/second-facteur";
import { cheminDeRetour } from "@/lib/auth/origine";
import { creerActionPublique } from "@/lib/server/action";
import { adresseSource } from "@/lib/server/requete";
import { lireSessionEnAttente } from "@/lib/server/session";
import { ACCUEIL_PAR_ROLE } from "./accueil";
import { cleTotp } from "./cle-totp";
import { erreurSecondFacteur } from "./message-second-facteur";
import { codeSecondFacteur } from "./schemas";
import { verifierSecondFacteur } from "./second-facteur.mutation";

/** Step 2 of a local agent's or admin's sign-in (public: the session is not complete until this succeeds). */
export const verifierSecondFacteurAction = creerActionPublique(codeSecondFacteur, async ({ db }, d) => {
  const s = await lireSessionEnAttente();
  if (!s) redirect("/connexion");
  if (s.secondFacteur === "a_enroler") redirect(CHEMIN_ENROLEMENT);
  const r = await verifierSecondFacteur(db, {
    compteId: s.compte.id,
    sessionId: s.id,
    code: d.code,
    maintenant: new Date(),
    source: await adresseSource(),
    cle: cleTotp(),
  });
  if (!r.ok) throw erreurSecondFacteur(r);
  // The session is now complete but its cookie did not change: have every layout (the header's "connecté en tant
  // que") rendered again, not only the next page.
  revalidatePath("/", "layout");
  redirect(cheminDeRetour(d.retour, ACCUEIL_PAR_ROLE[s.compte.role]));
});
