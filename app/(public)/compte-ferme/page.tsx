import type { Metadata } from "next";

import { ListeFermeture } from "@/components/donnees-personnelles/liste-fermeture";
import { Alerte } from "@/components/ui/alerte";
import { LienBouton } from "@/components/ui/bouton";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { apresFermeture } from "@/lib/donnees-personnelles/domain/fermeture";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Votre compte est fermé" };

/** Where closing an account lands: the person is signed out already, so this page is public and says nothing personal. */
export default async function CompteFerme() {
  const collectivite = await lireNomCollectivite(await db());
  return (
    <div className="space-y-8 max-w-3xl">
      <TitrePage chapo="Vous êtes déconnecté et ne pourrez plus vous connecter à ce compte.">
        Votre compte est fermé
      </TitrePage>
      <Alerte type="succes" annoncer>
        La fermeture de votre compte est enregistrée.
      </Alerte>
      <ListeFermeture collectivite={collectivite} passe />
      <p>{apresFermeture(collectivite)}</p>
      <p>Sur un ordinateur partagé, fermez aussi votre navigateur.</p>
      <LienBouton href="/" variante="secondaire">
        Retour à l&apos;accueil
      </LienBouton>
    </div>
  );
}
