import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ConsentementDgfip } from "@/components/espace/consentement-dgfip";
import { FormulaireAutorisationSecondParent } from "@/components/espace/formulaire-autorisation-second-parent";
import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";
import { MESSAGES_TARIFICATION } from "@/lib/inscriptions/erreurs-tarification";
import { etatTarification } from "@/lib/inscriptions/etat-tarification.query";
import { exigerMaDemande } from "@/lib/server/citoyen";

export const metadata: Metadata = { title: "Autorisation du second parent" };

export default async function SecondParentSurPlace({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ erreur?: string }>;
}) {
  const { id } = await params;
  const { erreur } = await searchParams;
  const { base, demande } = await exigerMaDemande(id, "/second-parent");
  const etat = await etatTarification(base, demande.foyerId, new Date());
  const titulaire = etat.foyersFiscaux[0]?.responsable;
  const second = etat.foyersFiscaux[1]?.responsable;
  if (!second) notFound();
  return (
    <div className="space-y-6 max-w-3xl">
      <TitrePage chapo={`Cette page s'adresse à ${second.prenoms} ${second.nom}.`}>
        Autorisation du second parent
      </TitrePage>
      {erreur && (
        <Alerte type="erreur" annoncer>
          {MESSAGES_TARIFICATION[erreur] ?? "L'opération n'a pas abouti. Réessayez."}
        </Alerte>
      )}
      <ConsentementDgfip
        annees={etat.annees}
        conservation={etat.conservation}
        pour={`le foyer fiscal de ${second.prenoms}`}
        secondParent={{ titulaire: titulaire ? `${titulaire.prenoms} ${titulaire.nom}` : "l'autre parent" }}
      />
      <FormulaireAutorisationSecondParent prenom={second.prenoms} champs={{ demandeId: demande.id }} />
    </div>
  );
}
