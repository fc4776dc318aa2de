"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { creerActionPublique } from "@/lib/server/action";
import type { EtatFormulaire } from "@/lib/server/etat-formulaire";
import { adresseSource } from "@/lib/server/requete";
import { lireSessionEnAttente } from "@/lib/server/session";
import { cleTotp } from "./cle-totp";
import { erreurSecondFacteur } from "./message-second-facteur";
import { codeSecondFacteur } from "./schemas";
import { confirmerEnrolement } from "./second-facteur.mutation";

/** The form state of enrolment: on success, the recovery codes, shown this once and never again. */
export type EtatEnrolement = EtatFormulaire & { codesSecours?: string[] };

export const confirmerEnrolementAction = creerActionPublique(codeSecondFacteur, async ({ db }, d) => {
  const s = await lireSessionEnAttente();
  if (!s) redirect("/connexion");
  if (s.secondFacteur !== "a_enroler") redirect("/connexion/second-facteur");
  const r = await confirmerEnrolement(db, {
    compteId: s.compte.id,
    sessionId: s.id,
    code: d.code,
    maintenant: new Date(),
    source: await adresseSource(),
    cle: cleTotp(),
  });
  if (!r.ok) throw erreurSecondFacteur(r);
  // Signed in from now on, with the same cookie: the layouts (the header) are rendered again.
  revalidatePath("/", "layout");
  const etat: EtatEnrolement = {
    statut: "succes",
    message: "Votre second facteur est activé.",
    codesSecours: r.codesSecours,
  };
  return etat;
});
