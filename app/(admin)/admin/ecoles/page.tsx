import type { Metadata } from "next";
import Link from "next/link";

import { ChampsEcole } from "@/components/admin/champs-ecole";
import { MessageFlash } from "@/components/admin/message-flash";
import { Section } from "@/components/admin/section";
import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { LienModifier } from "@/components/ui/lien";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { creerEcole } from "@/lib/activites/creer-ecole.action";
import { listerEcoles } from "@/lib/activites/ecoles.query";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import type { ParametresRecherche } from "@/lib/admin/parametres";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { listerCommunes } from "@/lib/territoire/communes.query";

export const metadata: Metadata = { title: "Écoles — Administration" };

export default async function Ecoles({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.ecoles);
  const base = await db();
  const [ecoles, communes, parametres] = await Promise.all([listerEcoles(base), listerCommunes(base), searchParams]);
  return (
    <div className="space-y-8">
      <TitrePage chapo="Les écoles du territoire, auxquelles se rattachent les enfants et les activités.">
        Écoles
      </TitrePage>
      <MessageFlash
        parametres={parametres}
        messages={{
          ajoutee: () => "L'école est ajoutée.",
          modifiee: () => "L'école est enregistrée.",
          supprimee: () => "L'école est supprimée.",
        }}
      />
      <Section
        id="ecoles"
        titre={
          <>
            {ecoles.length} école{ecoles.length > 1 ? "s" : ""}
          </>
        }
      >
        <TableauDefilant nom="Écoles">
          <table className={t.table}>
            <EnTeteTableau colonnes={["École", "Commune", "Activités", "Enfants"]} actions />
            <tbody>
              {ecoles.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className={`${t.td} font-normal`}>
                    {e.nom}
                    {e.adresse && <span className="block text-sm text-attenue">{e.adresse}</span>}
                  </th>
                  <td className={t.td}>{e.commune.nom}</td>
                  <td className={t.td}>{e.activites}</td>
                  <td className={t.td}>{e.enfants}</td>
                  <td className={t.td}>
                    <LienModifier href={CHEMINS_ADMIN.ecole(e.id)} quoi={e.nom} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableauDefilant>
      </Section>
      <Section id="ajout" titre="Ajouter une école" className="max-w-xl">
        {communes.length === 0 ? (
          <Alerte>
            Ajoutez d&apos;abord une commune au{" "}
            <Link className="underline" href={CHEMINS_ADMIN.territoire}>
              territoire
            </Link>
            .
          </Alerte>
        ) : (
          <Formulaire action={creerEcole}>
            <ChampsEcole communes={communes} />
            <Bouton>Ajouter l&apos;école</Bouton>
          </Formulaire>
        )}
      </Section>
    </div>
  );
}
