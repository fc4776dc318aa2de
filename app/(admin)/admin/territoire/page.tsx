import type { Metadata } from "next";

import { ChampsCommune } from "@/components/admin/champs-commune";
import { MessageFlash } from "@/components/admin/message-flash";
import { Section } from "@/components/admin/section";
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { LienModifier } from "@/components/ui/lien";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import type { ParametresRecherche } from "@/lib/admin/parametres";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { ajouterCommune } from "@/lib/territoire/ajouter-commune.action";
import { listerCommunes } from "@/lib/territoire/communes.query";

export const metadata: Metadata = { title: "Territoire — Administration" };

export default async function Territoire({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.territoire);
  const [communes, parametres] = await Promise.all([db().then(listerCommunes), searchParams]);
  return (
    <div className="space-y-8">
      <TitrePage chapo="Les familles dont l'adresse fiscale est dans l'une de ces communes paient le tarif résident. L'adresse est reconnue par son code postal et le nom de sa commune.">
        Territoire
      </TitrePage>
      <MessageFlash
        parametres={parametres}
        messages={{
          ajoutee: (c) => `La commune ${c} est ajoutée au territoire.`,
          modifiee: (c) => `La commune ${c} est enregistrée.`,
          supprimee: (c) => `La commune ${c} est retirée du territoire.`,
        }}
      />
      <Section
        id="communes"
        titre={
          <>
            {communes.length} commune{communes.length > 1 ? "s" : ""} du territoire
          </>
        }
      >
        <TableauDefilant nom="Communes du territoire">
          <table className={t.table}>
            <EnTeteTableau colonnes={["Code INSEE", "Commune", "Codes postaux", "Écoles"]} actions />
            <tbody>
              {communes.map((c) => (
                <tr key={c.codeInsee}>
                  <td className={t.td}>{c.codeInsee}</td>
                  <th scope="row" className={`${t.td} font-normal`}>
                    {c.nom}
                  </th>
                  <td className={t.td}>{c.codesPostaux.join(", ")}</td>
                  <td className={t.td}>{c.ecoles}</td>
                  <td className={t.td}>
                    <LienModifier href={CHEMINS_ADMIN.commune(c.codeInsee)} quoi={c.nom} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableauDefilant>
      </Section>
      <Section id="ajout" titre="Ajouter une commune" className="max-w-xl">
        <Formulaire action={ajouterCommune}>
          <Champ
            nom="codeInsee"
            libelle="Code INSEE"
            aide="5 caractères, du Code officiel géographique (pas le code postal) : 38185, 2A004."
            autoComplete="off"
            required
          />
          <ChampsCommune />
          <Bouton>Ajouter la commune</Bouton>
        </Formulaire>
      </Section>
    </div>
  );
}
