import type { Metadata } from "next";

import { ChampsAnnee } from "@/components/admin/champs-annee";
import { MessageFlash } from "@/components/admin/message-flash";
import { Section } from "@/components/admin/section";
import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { Lien, LienModifier } from "@/components/ui/lien";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { listerAnneesScolaires } from "@/lib/activites/annees-scolaires.query";
import { creerAnneeScolaire } from "@/lib/activites/creer-annee-scolaire.action";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import type { ParametresRecherche } from "@/lib/admin/parametres";
import { formaterDate } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Années scolaires — Administration" };

export default async function AnneesScolaires({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.annees);
  const [annees, parametres] = await Promise.all([db().then(listerAnneesScolaires), searchParams]);
  // Suggest the year after the latest one: that is what an admin prepares.
  const derniere = annees[0] ? Number(annees[0].libelle.slice(0, 4)) + 1 : new Date().getFullYear();
  return (
    <div className="space-y-8">
      <TitrePage chapo="Les activités et leurs grilles tarifaires appartiennent à une année scolaire.">
        Années scolaires
      </TitrePage>
      <MessageFlash
        parametres={parametres}
        messages={{
          ajoutee: (a) => `L'année ${a} est créée.`,
          modifiee: (a) => `L'année ${a} est enregistrée.`,
          supprimee: (a) => `L'année ${a} est supprimée.`,
        }}
      />
      <Section id="annees" titre="Années">
        {annees.length === 0 ? (
          <p>Aucune année scolaire.</p>
        ) : (
          <TableauDefilant nom="Années scolaires">
            <table className={t.table}>
              <EnTeteTableau colonnes={["Année", "Rentrée", "Fin des cours", "Activités"]} actions />
              <tbody>
                {annees.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className={`${t.td} font-normal`}>
                      {a.libelle}
                    </th>
                    <td className={t.td}>{formaterDate(a.debut.toISOString())}</td>
                    <td className={t.td}>{formaterDate(a.fin.toISOString())}</td>
                    <td className={t.td}>
                      <Lien href={`${CHEMINS_ADMIN.activites}?annee=${a.id}`}>
                        {a.activites}
                        <span className="sr-only"> activités en {a.libelle}</span>
                      </Lien>
                    </td>
                    <td className={t.td}>
                      <LienModifier href={CHEMINS_ADMIN.annee(a.id)} quoi={a.libelle} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableauDefilant>
        )}
      </Section>
      <Section id="ajout" titre="Préparer une nouvelle année" className="max-w-xl">
        <Formulaire action={creerAnneeScolaire}>
          <ChampsAnnee
            libelle={`${derniere}-${derniere + 1}`}
            debut={`${derniere}-09-01`}
            fin={`${derniere + 1}-07-04`}
          />
          <Bouton>Créer l&apos;année scolaire</Bouton>
        </Formulaire>
      </Section>
    </div>
  );
}
