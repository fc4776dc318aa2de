import type { Metadata } from "next";

import { FormulaireEnfant } from "@/components/espace/formulaire-enfant";
import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { listerEcoles } from "@/lib/enfants/enfants.query";
import { modifierEnfant } from "@/lib/enfants/modifier-enfant.action";
import { retirerEnfant } from "@/lib/enfants/retirer-enfant.action";
import { exigerMonEnfant } from "@/lib/server/citoyen";

export const metadata: Metadata = { title: "Modifier un enfant" };

export default async function ModifierEnfant({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { base, enfant } = await exigerMonEnfant(id);
  const collectivite = await lireNomCollectivite(base);
  const ecoles = await listerEcoles(base);
  return (
    <div className="space-y-8 max-w-2xl">
      <TitrePage>
        {enfant.prenom} {enfant.nom}
      </TitrePage>
      <FormulaireEnfant action={modifierEnfant} ecoles={ecoles} enfant={enfant} libelleBouton="Enregistrer" />
      <section aria-labelledby="titre-retirer" className="rounded-lg border border-erreur bg-white p-5 space-y-3">
        <h2 id="titre-retirer" className="text-xl font-bold">
          Retirer cet enfant
        </h2>
        <p>Ses inscriptions déjà décidées restent dans les registres {collectivite.de} (facturation).</p>
        <Formulaire action={retirerEnfant}>
          <input type="hidden" name="enfantId" value={enfant.id} />
          <Bouton variante="danger">Retirer {enfant.prenom} de mon foyer</Bouton>
        </Formulaire>
      </section>
    </div>
  );
}
