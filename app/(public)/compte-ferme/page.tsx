import type { Metadata } from "next";

import { ListeFermeture } from "@/components/donnees-personnelles/liste-fermeture";
import { Alerte } from "@/components/ui/alerte";
import { LienBouton } from "@/components/ui/bouton";
import { TitrePage } from "@/components/ui/titre-page";
import { APRES_FERMETURE } from "@/lib/donnees-personnelles/domain/fermeture";

export const metadata: Metadata = { title: "Votre compte est fermé" };

/** Where closing an account lands: the person is signed out already, so this page is public and says nothing personal. */
export default function CompteFerme() {
  return (
    <div className="space-y-8 max-w-3xl">
      <TitrePage chapo="Vous êtes déconnecté et ne pourrez plus vous connecter à ce compte.">
        Votre compte est fermé
      </TitrePage>
      <Alerte type="succes" annoncer>
        La fermeture de votre compte est enregistrée.
      </Alerte>
      <ListeFermeture passe />
      <p>{APRES_FERMETURE}</p>
      <p>Sur un ordinateur partagé, fermez aussi votre navigateur.</p>
      <LienBouton href="/" variante="secondaire">
        Retour à l&apos;accueil
      </LienBouton>
    </div>
  );
}
