import type { Metadata } from "next";

import { MessageFlash } from "@/components/admin/message-flash";
import { Section } from "@/components/admin/section";
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { ChampTexteLong } from "@/components/ui/champ-texte-long";
import { Choix } from "@/components/ui/choix";
import { Formulaire } from "@/components/ui/formulaire";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import type { ParametresRecherche } from "@/lib/admin/parametres";
import { listerCalendrierTaxation } from "@/lib/collectivite/calendrier-taxation.query";
import { lireCollectivite } from "@/lib/collectivite/collectivite.query";
import { enregistrerDateTaxation } from "@/lib/collectivite/enregistrer-date-taxation.action";
import { modifierCollectivite } from "@/lib/collectivite/modifier-collectivite.action";
import {
  LIBELLES_HORS_TERRITOIRE,
  LIBELLES_POLITIQUE,
  OPTIONS_ARTICLE,
  POLITIQUES_ANNEE_FISCALE,
  TRAITEMENTS_HORS_TERRITOIRE,
} from "@/lib/collectivite/schemas";
import { supprimerDateTaxation } from "@/lib/collectivite/supprimer-date-taxation.action";
import { SCOPES_DONNEES_DGFIP_PAR_DEFAUT } from "@/lib/fiscal/domain/scopes-franceconnect";
import { formaterDate } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Données fiscales — Administration" };

const RESSOURCES = { ir_assiettes: "Revenus (assiettes de l'impôt)", ir_factures: "Avis d'impôt (factures)" } as const;

export default async function Fiscalite({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.fiscalite);
  const base = await db();
  const [collectivite, calendrier, parametres] = await Promise.all([
    lireCollectivite(base),
    listerCalendrierTaxation(base),
    searchParams,
  ]);
  const anneeCourante = new Date().getFullYear();
  return (
    <div className="space-y-10">
      <TitrePage chapo="Quelle année de revenus demander à la DGFiP, et à partir de quand elle est disponible.">
        Données fiscales
      </TitrePage>
      <MessageFlash
        parametres={parametres}
        messages={{
          date: (a) => `La date de taxation des revenus ${a} est enregistrée.`,
          supprimee: () => "La date de taxation est supprimée.",
        }}
      />
      <Section id="politique" titre="Collectivité, identité et année de revenus" className="max-w-2xl">
        <Formulaire action={modifierCollectivite}>
          <Champ
            nom="nom"
            libelle="Nom de la collectivité"
            valeurParDefaut={collectivite?.nom}
            aide="Tel qu'il s'écrit dans une phrase, sans son article : « Communauté de communes du Val de Lys »."
            autoComplete="organization"
            required
          />
          <ListeDeroulante
            vide={null}
            nom="article"
            libelle="Article du nom"
            aide="Les pages et les courriels disent « la Communauté de communes… », « du Syndicat… », « à l'Agglomération… »."
            options={OPTIONS_ARTICLE}
            valeurParDefaut={collectivite ? collectivite.article || "aucun" : "la"}
          />
          <Champ
            nom="siret"
            libelle="SIRET de la collectivité"
            aide="14 chiffres (avis de situation SIRENE) ; les espaces sont acceptés."
            valeurParDefaut={collectivite?.siret ?? ""}
            inputMode="numeric"
            autoComplete="off"
          />
          <Champ
            nom="logoChemin"
            libelle="Logo"
            aide="Chemin d'une image servie par le portail, par exemple /logos/commune.png (fichier déposé dans le dossier public/ du portail) : PNG, JPEG, SVG ou WebP. Affiché en tête de chaque page. Vide : pas de logo."
            valeurParDefaut={collectivite?.logoChemin ?? ""}
            spellCheck={false}
          />
          <Champ
            nom="couleurPrimaire"
            libelle="Couleur principale"
            aide="Au format #RRVVBB, par exemple #1e3a8a : liens et boutons. Refusée si les textes n'y seraient pas lisibles (contraste d'au moins 4,5:1 sur les fonds clairs du portail). Vide : la couleur du portail."
            valeurParDefaut={collectivite?.couleurPrimaire ?? ""}
            spellCheck={false}
          />
          <Choix
            nom="politiqueAnneeFiscale"
            legende="Année de revenus demandée"
            aide="Celle que prévoit l'habilitation de la collectivité à l'API Impôt particulier. N-1 n'existe qu'après la taxation de l'été."
            options={POLITIQUES_ANNEE_FISCALE.map((p) => ({ valeur: p, libelle: LIBELLES_POLITIQUE[p] }))}
            valeursParDefaut={[collectivite?.politiqueAnneeFiscale ?? "n_moins_1_sinon_n_moins_2"]}
          />
          <ChampTexteLong
            nom="scopesFranceConnect"
            libelle="Données DGFiP demandées à FranceConnect (scopes de l'habilitation)"
            aide="Un scope par ligne, exactement ceux de l'habilitation DataPass de la collectivité, sans le scope d'année (il suit le choix ci-dessus). Vide : la liste DataPass actuelle."
            rows={8}
            spellCheck={false}
            valeurParDefaut={(collectivite?.scopesFranceConnect.length
              ? collectivite.scopesFranceConnect
              : SCOPES_DONNEES_DGFIP_PAR_DEFAUT
            ).join("\n")}
          />
          <Choix
            nom="horsTerritoire"
            legende="Adresse hors du territoire"
            aide="Quand l'adresse fiscale de la famille est hors du territoire : le tarif non-résident sans examen, ou l'examen d'un agent avant validation."
            options={TRAITEMENTS_HORS_TERRITOIRE.map((h) => ({ valeur: h, libelle: LIBELLES_HORS_TERRITOIRE[h] }))}
            valeursParDefaut={[collectivite?.horsTerritoire ?? "examen_agent"]}
          />
          <Bouton>Enregistrer</Bouton>
        </Formulaire>
      </Section>
      <Section id="calendrier" titre="Calendrier de taxation">
        <p className="max-w-2xl">
          Date à partir de laquelle les revenus d&apos;une année sont disponibles à la DGFiP (fin juillet en général).
          Avant, l&apos;année précédente est demandée si la politique le permet.
        </p>
        {calendrier.length === 0 ? (
          <p>Aucune date enregistrée.</p>
        ) : (
          <TableauDefilant nom="Dates de taxation enregistrées">
            <table className={t.table}>
              <EnTeteTableau colonnes={["Revenus", "Ressource", "Disponibles à partir du"]} actions />
              <tbody>
                {calendrier.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className={`${t.td} font-normal`}>
                      {c.anneeRevenus}
                    </th>
                    <td className={t.td}>{RESSOURCES[c.ressource]}</td>
                    <td className={t.td}>{formaterDate(c.dateTaxation.toISOString())}</td>
                    <td className={t.td}>
                      <Formulaire action={supprimerDateTaxation} className="">
                        <input type="hidden" name="id" value={c.id} />
                        <Bouton variante="lien">
                          Supprimer
                          <span className="sr-only">
                            {" "}
                            la date des revenus {c.anneeRevenus} ({RESSOURCES[c.ressource]})
                          </span>
                        </Bouton>
                      </Formulaire>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableauDefilant>
        )}
        <div className="max-w-2xl pt-2">
          <h3 className="text-lg font-bold">Ajouter ou changer une date</h3>
          <Formulaire action={enregistrerDateTaxation}>
            <div className="grid gap-4 sm:grid-cols-3">
              <Champ
                nom="anneeRevenus"
                type="number"
                libelle="Revenus de l'année"
                valeurParDefaut={String(anneeCourante - 1)}
                required
              />
              <Champ
                nom="dateTaxation"
                type="date"
                libelle="Disponibles à partir du"
                aide="Format AAAA-MM-JJ"
                valeurParDefaut={`${anneeCourante}-07-24`}
                required
              />
              <ListeDeroulante
                vide={null}
                nom="ressource"
                libelle="Ressource"
                options={Object.entries(RESSOURCES).map(([valeur, libelle]) => ({ valeur, libelle }))}
              />
            </div>
            <Bouton>Enregistrer la date</Bouton>
          </Formulaire>
        </div>
      </Section>
    </div>
  );
}
