import type { Metadata } from "next";

import { DepotDocument } from "@/components/documents/depot-document";
import { ListeDocuments } from "@/components/documents/liste-documents";
import { RetourMesDonnees } from "@/components/donnees-personnelles/retour-mes-donnees";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { reglesDepotAffichees } from "@/lib/documents/dependances-application";
import { listerMesDocuments } from "@/lib/documents/documents.query";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Mes pièces justificatives" };

export default async function MesDocuments() {
  const session = await exigerRole(["citoyen"], "/espace/mes-donnees/documents");
  const base = await db();
  const [documents, collectivite] = await Promise.all([
    listerMesDocuments(base, session.compte.id),
    lireNomCollectivite(base),
  ]);
  const regles = reglesDepotAffichees();
  return (
    <div className="space-y-8 max-w-3xl">
      <RetourMesDonnees />
      <TitrePage
        chapo={`Avis d'imposition, attestation CAF : les pièces que ${collectivite.sujet} examine quand vos données n'ont pas pu être obtenues directement.`}
      >
        Mes pièces justificatives
      </TitrePage>
      <section aria-labelledby="titre-depot" className="rounded-lg border border-bordure bg-white p-5 space-y-4">
        <h2 id="titre-depot" className="text-xl font-bold">
          Déposer une pièce
        </h2>
        <DepotDocument tailleMaxMo={regles.tailleMaxMo} />
      </section>
      <ListeDocuments documents={documents} />
      <p className="text-sm text-attenue">
        Les pièces sont vérifiées (format réel et contenu), conservées hors du site public et seulement téléchargeables
        par vous et par les agents qui instruisent votre demande. Elles sont effacées à la fin de l&apos;instruction et
        au plus tard {regles.conservation} après leur dépôt.
      </p>
    </div>
  );
}
