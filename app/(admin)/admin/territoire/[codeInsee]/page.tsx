import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ChampsCommune } from "@/components/admin/champs-commune";
import { Section } from "@/components/admin/section";
import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { lireCommune } from "@/lib/territoire/communes.query";
import { modifierCommune } from "@/lib/territoire/modifier-commune.action";
import { supprimerCommune } from "@/lib/territoire/supprimer-commune.action";

export const metadata: Metadata = { title: "Commune — Administration" };

export default async function Commune({ params }: { params: Promise<{ codeInsee: string }> }) {
  const { codeInsee } = await params;
  await exigerRole(["admin"], CHEMINS_ADMIN.commune(codeInsee));
  const c = await lireCommune(await db(), codeInsee);
  if (!c) notFound();
  return (
    <div className="max-w-xl space-y-8">
      <TitrePage chapo={`Code INSEE ${c.codeInsee}`}>{c.nom}</TitrePage>
      <Section id="modifier" titre="Nom et codes postaux">
        <Formulaire action={modifierCommune}>
          <input type="hidden" name="codeInsee" value={c.codeInsee} />
          <ChampsCommune nom={c.nom} codesPostaux={c.codesPostaux} />
          <div className="flex flex-wrap gap-3">
            <Bouton>Enregistrer</Bouton>
            <LienBouton href={CHEMINS_ADMIN.territoire} variante="secondaire">
              Retour au territoire
            </LienBouton>
          </div>
        </Formulaire>
      </Section>
      <Section id="retirer" titre="Retirer du territoire">
        {c.ecoles > 0 ? (
          <Alerte type="info">
            {c.ecoles} école{c.ecoles > 1 ? "s sont rattachées" : " est rattachée"} à cette commune : rattachez-les à
            une autre commune avant de la retirer.
          </Alerte>
        ) : (
          <Formulaire action={supprimerCommune}>
            <p>Ses habitants paieront alors le tarif non-résident pour les prochains calculs.</p>
            <input type="hidden" name="codeInsee" value={c.codeInsee} />
            <Bouton variante="danger">Retirer {c.nom} du territoire</Bouton>
          </Formulaire>
        )}
      </Section>
    </div>
  );
}
