import type { Metadata } from "next";

import { LienGrille } from "@/components/admin/lien-grille";
import { MessageFlash } from "@/components/admin/message-flash";
import { Section } from "@/components/admin/section";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { CaseACocher } from "@/components/ui/case-a-cocher";
import { EtatFormulaireFourni } from "@/components/ui/formulaire";
import { Lien } from "@/components/ui/lien";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { listerActivites } from "@/lib/activites/activites.query";
import { listerAnneesScolaires } from "@/lib/activites/annees-scolaires.query";
import { anneeAfficheeParDefaut } from "@/lib/activites/domain/annee-scolaire";
import { JOURS, LIBELLES_TYPE_ACTIVITE } from "@/lib/activites/schemas";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { premier, type ParametresRecherche } from "@/lib/admin/parametres";
import { formaterDateHeure } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";

export const metadata: Metadata = { title: "Activités — Administration" };

export default async function Activites({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.activites);
  const base = await db();
  const [annees, parametres] = await Promise.all([listerAnneesScolaires(base), searchParams]);
  const demandee = premier(parametres.annee);
  const annee = annees.find((a) => a.id === demandee) ?? anneeAfficheeParDefaut(annees, new Date());
  const archivees = premier(parametres.archivees) === "oui";
  const activites = annee
    ? await listerActivites(base, { anneeScolaireId: annee.id, inclureArchivees: archivees })
    : [];
  return (
    <div className="space-y-8">
      <TitrePage chapo="Cantine, accueils du matin et du soir, mercredis, vacances : ce que les familles peuvent réserver.">
        Activités
      </TitrePage>
      <MessageFlash parametres={parametres} messages={{ archivee: () => "L'activité est archivée." }} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <form method="get" className="flex flex-wrap items-end gap-4">
          <EtatFormulaireFourni etat={{ statut: "inactif" }}>
            <ListeDeroulante
              vide={null}
              nom="annee"
              libelle="Année scolaire"
              options={annees.map((a) => ({ valeur: a.id, libelle: a.libelle }))}
              valeurParDefaut={annee?.id}
            />
            <CaseACocher nom="archivees" libelle="Montrer les archivées" coche={archivees} />
            <Bouton variante="secondaire">Afficher</Bouton>
          </EtatFormulaireFourni>
        </form>
        <LienBouton
          href={annee ? `${CHEMINS_ADMIN.nouvelleActivite}?annee=${annee.id}` : CHEMINS_ADMIN.nouvelleActivite}
        >
          Nouvelle activité
        </LienBouton>
      </div>
      <Section
        id="liste"
        titre={
          <>
            {annee
              ? `${activites.length} activité${activites.length > 1 ? "s" : ""} en ${annee.libelle}`
              : "Aucune année scolaire"}
          </>
        }
      >
        {activites.length > 0 && (
          <TableauDefilant nom="Activités de l'année">
            <table className={t.table}>
              <EnTeteTableau colonnes={["Activité", "Jours", "Places", "Inscriptions", "Grille tarifaire"]} />
              <tbody>
                {activites.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className={`${t.td} font-normal`}>
                      <Lien href={CHEMINS_ADMIN.activite(a.id)}>{a.nom}</Lien>
                      <span className="block text-sm text-attenue">
                        {LIBELLES_TYPE_ACTIVITE[a.type]}, {LIBELLES_UNITE[a.uniteVente].par}
                        {a.ecole ? `, ${a.ecole.nom}` : ""}
                        {a.archiveeLe ? " — archivée" : ""}
                      </span>
                    </th>
                    <td className={t.td}>{a.jours.map((j) => JOURS[j - 1]).join(", ")}</td>
                    <td className={t.td}>
                      {a.placesReservees} / {a.capacite}
                    </td>
                    <td className={`${t.td} text-sm`}>
                      {a.ouvertureInscriptions ? `Du ${formaterDateHeure(a.ouvertureInscriptions)}` : "Ouvertes"}
                      {a.fermetureInscriptions ? ` au ${formaterDateHeure(a.fermetureInscriptions)}` : ""}
                    </td>
                    <td className={t.td}>
                      <LienGrille
                        activite={a}
                        texte={a.versionPubliee ? `Version ${a.versionPubliee.numero} publiée` : "Non publiée"}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableauDefilant>
        )}
      </Section>
    </div>
  );
}
