import type { Metadata } from "next";

import { ListeFermeture } from "@/components/donnees-personnelles/liste-fermeture";
import { RetourMesDonnees } from "@/components/donnees-personnelles/retour-mes-donnees";
import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { FOYER_PARTAGE, MOT_DE_CONFIRMATION } from "@/lib/donnees-personnelles/domain/fermeture";
import { fermerMonCompte } from "@/lib/donnees-personnelles/fermer-compte.action";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Fermer mon compte" };

export default async function FermerMonCompte() {
  await exigerRole(["citoyen"], "/espace/mes-donnees/fermer-mon-compte");
  const collectivite = await lireNomCollectivite(await db());
  return (
    <div className="space-y-8 max-w-3xl">
      <RetourMesDonnees />
      <TitrePage chapo={`Une action définitive : lisez ce qui est effacé et ce que ${collectivite.sujet} garde.`}>
        Fermer mon compte
      </TitrePage>
      <Alerte type="attention" titre="Avant de fermer votre compte">
        <p>
          Téléchargez vos données si vous souhaitez en garder une copie :{" "}
          <a className="underline" href="/espace/mes-donnees/export" download>
            télécharger mes données (JSON)
          </a>
          .
        </p>
      </Alerte>
      <ListeFermeture collectivite={collectivite} />
      <p>{FOYER_PARTAGE}</p>
      <section aria-labelledby="titre-confirmer" className="rounded-lg border-2 border-erreur bg-white p-5 space-y-4">
        <h2 id="titre-confirmer" className="text-xl font-bold">
          Confirmer la fermeture
        </h2>
        <Formulaire action={fermerMonCompte}>
          <Champ
            nom="confirmation"
            libelle={`Pour confirmer, tapez ${MOT_DE_CONFIRMATION}`}
            autoComplete="off"
            aide="Cette action ne peut pas être annulée."
          />
          <Bouton variante="danger">Fermer définitivement mon compte</Bouton>
        </Formulaire>
      </section>
    </div>
  );
}
