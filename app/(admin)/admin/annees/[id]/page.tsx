import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ChampsAnnee, jourIso } from "@/components/admin/champs-annee";
import { Section } from "@/components/admin/section";
import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireAnneeScolaire } from "@/lib/activites/annees-scolaires.query";
import { modifierAnneeScolaire } from "@/lib/activites/modifier-annee-scolaire.action";
import { supprimerAnneeScolaire } from "@/lib/activites/supprimer-annee-scolaire.action";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { uuidOuIntrouvable } from "@/lib/admin/parametres";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Année scolaire — Administration" };

export default async function AnneeScolaire({ params }: { params: Promise<{ id: string }> }) {
  const brut = (await params).id;
  await exigerRole(["admin"], CHEMINS_ADMIN.annee(brut));
  const id = uuidOuIntrouvable(brut);
  const a = await lireAnneeScolaire(await db(), id);
  if (!a) notFound();
  return (
    <div className="max-w-xl space-y-8">
      <TitrePage chapo={`${a.activites} activité${a.activites > 1 ? "s" : ""} cette année.`}>
        Année scolaire {a.libelle}
      </TitrePage>
      <Formulaire action={modifierAnneeScolaire} messageSucces="L'année scolaire est enregistrée.">
        <input type="hidden" name="id" value={a.id} />
        <ChampsAnnee libelle={a.libelle} debut={jourIso(a.debut)} fin={jourIso(a.fin)} />
        <div className="flex flex-wrap gap-3">
          <Bouton>Enregistrer</Bouton>
          <LienBouton href={CHEMINS_ADMIN.annees} variante="secondaire">
            Retour aux années
          </LienBouton>
        </div>
      </Formulaire>
      <Section id="supprimer" titre="Supprimer l'année">
        {a.activites > 0 ? (
          <Alerte>Des activités appartiennent à cette année : elle ne peut pas être supprimée.</Alerte>
        ) : (
          <Formulaire action={supprimerAnneeScolaire}>
            <p>Une année créée par erreur, sans activité ni demande, peut être supprimée.</p>
            <input type="hidden" name="id" value={a.id} />
            <Bouton variante="danger">Supprimer l&apos;année {a.libelle}</Bouton>
          </Formulaire>
        )}
      </Section>
    </div>
  );
}
