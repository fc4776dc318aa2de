import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ChampsEcole } from "@/components/admin/champs-ecole";
import { Section } from "@/components/admin/section";
import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireEcole } from "@/lib/activites/ecoles.query";
import { modifierEcole } from "@/lib/activites/modifier-ecole.action";
import { supprimerEcole } from "@/lib/activites/supprimer-ecole.action";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { uuidOuIntrouvable } from "@/lib/admin/parametres";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { listerCommunes } from "@/lib/territoire/communes.query";

export const metadata: Metadata = { title: "École — Administration" };

export default async function Ecole({ params }: { params: Promise<{ id: string }> }) {
  const brut = (await params).id;
  await exigerRole(["admin"], CHEMINS_ADMIN.ecole(brut));
  const id = uuidOuIntrouvable(brut);
  const base = await db();
  const [e, communes] = await Promise.all([lireEcole(base, id), listerCommunes(base)]);
  if (!e) notFound();
  const rattaches = e.activites + e.enfants;
  return (
    <div className="max-w-xl space-y-8">
      <TitrePage chapo={`${e.activites} activité(s), ${e.enfants} enfant(s) rattachés.`}>{e.nom}</TitrePage>
      <Formulaire action={modifierEcole}>
        <input type="hidden" name="id" value={e.id} />
        <ChampsEcole communes={communes} ecole={e} />
        <div className="flex flex-wrap gap-3">
          <Bouton>Enregistrer</Bouton>
          <LienBouton href={CHEMINS_ADMIN.ecoles} variante="secondaire">
            Retour aux écoles
          </LienBouton>
        </div>
      </Formulaire>
      <Section id="supprimer" titre={<>Supprimer l&apos;école</>}>
        {rattaches > 0 ? (
          <Alerte>Des activités ou des enfants sont rattachés à cette école : elle ne peut pas être supprimée.</Alerte>
        ) : (
          <Formulaire action={supprimerEcole}>
            <input type="hidden" name="id" value={e.id} />
            <Bouton variante="danger">Supprimer {e.nom}</Bouton>
          </Formulaire>
        )}
      </Section>
    </div>
  );
}
