import type { Metadata, Route } from "next";

import { DepotDocument } from "@/components/documents/depot-document";
import { ListeDocuments } from "@/components/documents/liste-documents";
import { EtapesDemande } from "@/components/espace/etapes-demande";
import { LienBouton } from "@/components/ui/bouton";
import { TitrePage } from "@/components/ui/titre-page";
import { reglesDepotAffichees } from "@/lib/documents/dependances-application";
import { listerDocumentsDuFoyer } from "@/lib/documents/documents.query";
import { exigerMaDemande } from "@/lib/server/citoyen";

export const metadata: Metadata = { title: "Déposer mon avis d'imposition" };

export default async function DeposerAvis({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { base, demande } = await exigerMaDemande(id, "/avis");
  const documents = (await listerDocumentsDuFoyer(base, demande.foyerId)).filter((d) => d.type === "avis_imposition");
  const chemin = `/espace/demandes/${demande.id}/avis`;
  const regles = reglesDepotAffichees();
  return (
    <div className="space-y-6">
      <EtapesDemande courante={2} />
      <TitrePage chapo="Un agent établira votre tarif d'après votre dernier avis d'impôt sur le revenu.">
        Déposer mon avis d&apos;imposition
      </TitrePage>
      <p>
        Formats acceptés : PDF, PNG ou JPEG, {regles.tailleMaxMo} Mo au plus. Toutes les pages de l&apos;avis sont
        utiles (la première porte le revenu fiscal de référence et le nombre de parts). La pièce est conservée{" "}
        {regles.conservation}.
      </p>
      <section aria-labelledby="titre-depot" className="rounded-lg border border-bordure bg-white p-5 space-y-4">
        <h2 id="titre-depot" className="text-xl font-bold">
          Votre avis
        </h2>
        <DepotDocument
          tailleMaxMo={regles.tailleMaxMo}
          demandeId={demande.id}
          retour={chemin}
          types={["avis_imposition"]}
          typeParDefaut="avis_imposition"
          libelleBouton="Déposer l'avis"
        />
      </section>
      {documents.length > 0 && (
        <div className="space-y-3">
          <ListeDocuments documents={documents} titre="Avis déposés" />
          <LienBouton href={`/espace/demandes/${demande.id}/recapitulatif` as Route}>
            Continuer : récapitulatif
          </LienBouton>
        </div>
      )}
    </div>
  );
}
