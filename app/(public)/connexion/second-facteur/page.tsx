import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AnnulerConnexion } from "@/components/comptes/annuler-connexion";
import { FormulaireCode } from "@/components/comptes/formulaire-code";
import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMIN_ENROLEMENT } from "@/lib/auth/domain/second-facteur";
import { cheminDeRetour } from "@/lib/auth/origine";
import { ACCUEIL_PAR_ROLE } from "@/lib/comptes/accueil";
import { verifierSecondFacteurAction } from "@/lib/comptes/verifier-second-facteur.action";
import { codeSecondFacteurDemo } from "@/lib/demo/second-facteur-demo";
import { COMPTES_DEMO } from "@/lib/demo/seed";
import { env } from "@/lib/server/env";
import { lireSession, lireSessionEnAttente } from "@/lib/server/session";

export const metadata: Metadata = { title: "Second facteur" };

export default async function SecondFacteur({ searchParams }: { searchParams: Promise<{ retour?: string }> }) {
  const { retour: retourBrut } = await searchParams;
  const s = await lireSessionEnAttente();
  if (!s) {
    const complete = await lireSession();
    redirect(complete ? ACCUEIL_PAR_ROLE[complete.compte.role] : "/connexion");
  }
  const retour = retourBrut ? cheminDeRetour(retourBrut, ACCUEIL_PAR_ROLE[s.compte.role]) : undefined;
  if (s.secondFacteur === "a_enroler")
    redirect(retour ? `${CHEMIN_ENROLEMENT}?retour=${encodeURIComponent(retour)}` : CHEMIN_ENROLEMENT);
  const demo = Object.values(COMPTES_DEMO).some((c) => c.email === s.compte.email)
    ? codeSecondFacteurDemo(env().PORTAIL_DEMO, new Date())
    : null;
  return (
    <div className="max-w-xl space-y-6">
      <TitrePage chapo="Deuxième étape de la connexion des agents et administrateurs.">Second facteur</TitrePage>
      <p>
        Ouvrez l&apos;application d&apos;authentification enregistrée pour ce compte (FreeOTP, Aegis, Google
        Authenticator…) et saisissez le code à 6 chiffres qu&apos;elle affiche. Sans votre téléphone, saisissez
        l&apos;un de vos codes de secours : chacun ne sert qu&apos;une fois.
      </p>
      <FormulaireCode action={verifierSecondFacteurAction} retour={retour} secours bouton="Vérifier" />
      {demo && (
        <Alerte type="attention" titre="Démonstration">
          Code du compte de démonstration à cet instant : <code>{demo}</code>
        </Alerte>
      )}
      <AnnulerConnexion />
    </div>
  );
}
