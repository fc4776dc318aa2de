"use client";

import type { Route } from "next";
import { useActionState } from "react";

import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { EtatFormulaireFourni } from "@/components/ui/formulaire";
import type { EtatEnrolement } from "@/lib/comptes/confirmer-enrolement.action";
import { ETAT_INITIAL, type EtatFormulaire } from "@/lib/server/etat-formulaire";
import { ChampCode } from "./formulaire-code";

/**
 * Enrolment: the QR code and the key to type by hand, then the first code. On success the 10 recovery codes are
 * shown, this once (with or without JavaScript: they come in the action's answer, never from the database).
 */
export function FormulaireEnrolement({
  action,
  suite,
  cle,
  qr,
}: {
  action: (e: EtatFormulaire, f: FormData) => Promise<EtatFormulaire>;
  suite: Route;
  cle: string | null;
  qr: string | null;
}) {
  const [etat, envoyer, enCours] = useActionState(action, ETAT_INITIAL);
  const codes = (etat as EtatEnrolement).codesSecours;
  if (etat.statut === "succes" && codes) {
    return (
      <section aria-labelledby="titre-codes" className="space-y-4">
        <Alerte type="succes" annoncer>
          {etat.message}
        </Alerte>
        <h2 id="titre-codes" className="text-xl font-bold">
          Vos codes de secours
        </h2>
        <p>
          Notez-les ou imprimez-les maintenant et gardez-les à l&apos;abri : ils ne seront plus jamais affichés. Chacun
          permet <strong>une</strong> connexion sans votre téléphone.
        </p>
        <ul aria-label="Codes de secours" className="grid gap-2 sm:grid-cols-2 font-mono text-lg">
          {codes.map((c) => (
            <li key={c} className="rounded border border-bordure bg-white px-3 py-2">
              {c}
            </li>
          ))}
        </ul>
        <LienBouton href={suite}>J&apos;ai noté mes codes : continuer</LienBouton>
      </section>
    );
  }
  if (!qr || !cle) {
    return <Alerte type="info">Votre second facteur est déjà enregistré.</Alerte>;
  }
  return (
    <EtatFormulaireFourni etat={etat}>
      <ol className="list-decimal space-y-4 pl-6">
        <li>
          Installez une application d&apos;authentification sur votre téléphone (FreeOTP, Aegis, Google Authenticator…).
        </li>
        <li className="space-y-3">
          <p>Dans l&apos;application, ajoutez un compte en scannant ce code QR :</p>
          <div
            role="img"
            aria-label="Code QR à scanner avec l'application d'authentification"
            className="w-56 max-w-full rounded border border-bordure bg-white [&>svg]:h-auto [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p>
            Ou saisissez cette clé à la main (type « basé sur le temps ») : <code className="break-all">{cle}</code>
          </p>
        </li>
        <li>
          <form action={envoyer} className="space-y-5" aria-busy={enCours} noValidate>
            {etat.statut === "erreur" && etat.message && (
              <Alerte type="erreur" annoncer>
                {etat.message}
              </Alerte>
            )}
            <ChampCode />
            <Bouton>Activer le second facteur</Bouton>
          </form>
        </li>
      </ol>
    </EtatFormulaireFourni>
  );
}
