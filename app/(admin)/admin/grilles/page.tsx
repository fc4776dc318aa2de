import type { Metadata } from "next";

import { StatutVersion } from "@/components/admin/grille/statut-version";
import { LienGrille } from "@/components/admin/lien-grille";
import { Bouton } from "@/components/ui/bouton";
import { EtatFormulaireFourni } from "@/components/ui/formulaire";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { listerActivites } from "@/lib/activites/activites.query";
import { listerAnneesScolaires } from "@/lib/activites/annees-scolaires.query";
import { anneeAfficheeParDefaut } from "@/lib/activites/domain/annee-scolaire";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { premier, type ParametresRecherche } from "@/lib/admin/parametres";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";
import { listerGrilles } from "@/lib/tarifs/grilles.query";

export const metadata: Metadata = { title: "Grilles tarifaires — Administration" };

export default async function Grilles({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.grilles);
  const base = await db();
  const [annees, parametres] = await Promise.all([listerAnneesScolaires(base), searchParams]);
  const annee = annees.find((a) => a.id === premier(parametres.annee)) ?? anneeAfficheeParDefaut(annees, new Date());
  const [activites, grilles] = annee
    ? await Promise.all([
        listerActivites(base, { anneeScolaireId: annee.id }),
        listerGrilles(base, { anneeScolaireId: annee.id }),
      ])
    : [[], []];
  const versions = new Map(grilles.map((g) => [g.id, g.versions]));
  return (
    <div className="space-y-8">
      <TitrePage chapo="Une grille par activité et par année scolaire. Une version publiée n'est jamais modifiée : on prépare un brouillon, on vérifie son impact, on le publie.">
        Grilles tarifaires
      </TitrePage>
      <form method="get" className="flex flex-wrap items-end gap-4">
        <EtatFormulaireFourni etat={{ statut: "inactif" }}>
          <ListeDeroulante
            vide={null}
            nom="annee"
            libelle="Année scolaire"
            options={annees.map((a) => ({ valeur: a.id, libelle: a.libelle }))}
            valeurParDefaut={annee?.id}
          />
          <Bouton variante="secondaire">Afficher</Bouton>
        </EtatFormulaireFourni>
      </form>
      <TableauDefilant nom="Grilles tarifaires des activités">
        <table className={t.table}>
          <EnTeteTableau colonnes={["Activité", "Versions"]} actions />
          <tbody>
            {activites.map((a) => {
              const v = a.grilleId ? (versions.get(a.grilleId) ?? []) : [];
              return (
                <tr key={a.id}>
                  <th scope="row" className={`${t.td} font-normal`}>
                    {a.nom}
                    <span className="block text-sm text-attenue">Prix {LIBELLES_UNITE[a.uniteVente].par}</span>
                  </th>
                  <td className={t.td}>
                    {v.length === 0 ? (
                      "Aucune grille"
                    ) : (
                      <ul className="flex flex-wrap gap-2">
                        {v
                          .filter((x) => x.statut !== "archivee")
                          .map((x) => (
                            <li key={x.id}>
                              n° {x.numero} <StatutVersion statut={x.statut} />
                            </li>
                          ))}
                      </ul>
                    )}
                  </td>
                  <td className={t.td}>
                    <LienGrille activite={a} texte="Ouvrir" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableauDefilant>
    </div>
  );
}
