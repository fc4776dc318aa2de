import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { BoutonFranceConnect } from "@/components/auth/bouton-franceconnect";
import { FormulaireConnexion } from "@/components/comptes/formulaire-connexion";
import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";
import { messageErreurConnexion } from "@/lib/auth/domain/franceconnect";
import { CHEMIN_SECOND_FACTEUR } from "@/lib/auth/domain/second-facteur";
import { cheminDeRetour } from "@/lib/auth/origine";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { ACCUEIL_PAR_ROLE } from "@/lib/comptes/accueil";
import { seConnecterLocalement } from "@/lib/comptes/connexion-locale.action";
import { codeSecondFacteurDemo } from "@/lib/demo/second-facteur-demo";
import { COMPTES_DEMO } from "@/lib/demo/seed";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { lireSession, lireSessionEnAttente } from "@/lib/server/session";

export const metadata: Metadata = { title: "Se connecter" };

export default async function Connexion({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; retour?: string; verifie?: string; reinitialise?: string }>;
}) {
  const { error, retour: retourBrut, verifie, reinitialise } = await searchParams;
  const session = await lireSession();
  if (session) redirect(ACCUEIL_PAR_ROLE[session.compte.role]);
  // An agent past the password but not the second factor: back to that step (it offers to cancel).
  if (await lireSessionEnAttente()) redirect(CHEMIN_SECOND_FACTEUR);
  const retour = retourBrut ? cheminDeRetour(retourBrut, "/espace") : undefined;
  const erreur = messageErreurConnexion(error);
  const e = env();
  const collectivite = await lireNomCollectivite(await db());
  const codeDemo = codeSecondFacteurDemo(e.PORTAIL_DEMO, new Date());
  return (
    <div className="space-y-8">
      <TitrePage chapo="Pour inscrire vos enfants et suivre vos demandes.">Se connecter</TitrePage>
      {verifie && (
        <Alerte type="succes" annoncer>
          Votre adresse est vérifiée : vous pouvez vous connecter.
        </Alerte>
      )}
      {reinitialise && (
        <Alerte type="succes" annoncer>
          Votre mot de passe a été changé ; vos autres sessions ont été fermées. Connectez-vous avec le nouveau.
        </Alerte>
      )}
      {erreur && (
        <Alerte type="erreur" titre="La connexion n'a pas abouti" annoncer>
          {erreur}
        </Alerte>
      )}
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="titre-fc" className="rounded-lg border border-bordure bg-white p-5 space-y-4">
          <h2 id="titre-fc" className="text-xl font-bold">
            Avec FranceConnect
          </h2>
          <p>
            FranceConnect est la solution proposée par l&apos;État pour sécuriser et simplifier la connexion aux
            services en ligne. Votre identité est transmise certifiée : vous n&apos;avez pas à la saisir.
          </p>
          <BoutonFranceConnect retour={retour} />
        </section>
        <section aria-labelledby="titre-local" className="rounded-lg border border-bordure bg-white p-5 space-y-4">
          <h2 id="titre-local" className="text-xl font-bold">
            Avec un compte du portail
          </h2>
          <p className="text-sm text-attenue">
            Familles sans FranceConnect, agents et administrateurs {collectivite.de}.
          </p>
          <FormulaireConnexion action={seConnecterLocalement} retour={retour} />
          <ul className="space-y-1">
            <li>
              <Link className="text-primaire underline underline-offset-4" href="/mot-de-passe-oublie">
                Mot de passe oublié ?
              </Link>
            </li>
            <li>
              <Link className="text-primaire underline underline-offset-4" href="/inscription">
                Créer un compte famille
              </Link>
            </li>
          </ul>
        </section>
      </div>
      {e.PROCONNECT_ISSUER && (
        <section aria-labelledby="titre-agents" className="rounded-lg border border-bordure bg-white p-5 space-y-3">
          <h2 id="titre-agents" className="text-xl font-bold">
            Agents {collectivite.de}
          </h2>
          <form method="post" action="/api/connexion/proconnect">
            <button type="submit" className="rounded-md border-2 border-primaire px-4 py-2 font-semibold text-primaire">
              S&apos;identifier avec ProConnect
            </button>
          </form>
        </section>
      )}
      {e.PORTAIL_DEMO && (
        <Alerte type="attention" titre="Démonstration">
          <p>
            Familles fictives : cliquez sur « S&apos;identifier avec FranceConnect », puis choisissez une personne sur
            la page du simulateur. Agent : <code>{COMPTES_DEMO.agent.email}</code> /{" "}
            <code>{COMPTES_DEMO.agent.motDePasse}</code>. Administrateur : <code>{COMPTES_DEMO.admin.email}</code> /{" "}
            <code>{COMPTES_DEMO.admin.motDePasse}</code>. Code du second facteur de ces deux comptes à cet instant :{" "}
            <code>{codeDemo}</code> (il change toutes les 30 secondes ; la page suivante montre le code courant).
          </p>
          <p className="mt-2">
            Les courriels (activation de compte, mot de passe oublié) s&apos;affichent dans la{" "}
            <Link className="underline" href="/boite-d-envoi">
              boîte d&apos;envoi de démonstration
            </Link>
            .
          </p>
        </Alerte>
      )}
    </div>
  );
}
