import type { Metadata } from "next";

import { TitrePage } from "@/components/ui/titre-page";
import { lireCollectivite, lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { formaterDureeJours } from "@/lib/commun/duree";
import { donneesDemandees } from "@/lib/consentements/domain/consentement";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Données personnelles" };

export default async function DonneesPersonnelles() {
  const base = await db();
  const [c, nom] = await Promise.all([lireCollectivite(base), lireNomCollectivite(base)]);
  const conservation = formaterDureeJours(c?.conservationFiscaleJours ?? 400);
  return (
    <article className="space-y-6 max-w-3xl">
      <TitrePage chapo="Ce que le portail fait de vos données, et vos droits.">Données personnelles</TitrePage>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Responsable du traitement et finalités</h2>
        <p>
          {nom.Sujet} est responsable du traitement. Vos données servent à instruire les inscriptions de vos enfants à
          la restauration scolaire et aux activités périscolaires et extrascolaires, à calculer le tarif qui vous est
          applicable et à vous facturer. Le traitement relève de la mission de service public {nom.de} ; la récupération
          de données auprès d&apos;autres administrations est prévue par l&apos;article L114-8 du code des relations
          entre le public et l&apos;administration.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Données fiscales : seulement avec votre accord, seulement le nécessaire</h2>
        <p>
          Avec votre accord explicite, le portail obtient de la Direction générale des Finances publiques (API Impôt
          particulier), pour une seule année de revenus, exactement ce que montre la demande d&apos;accord :
        </p>
        <ul className="list-disc pl-6 space-y-1">
          {donneesDemandees("spi").map((d) => (
            <li key={d.code}>
              {d.libelle} <span className="text-attenue">({d.pourquoi})</span>
            </li>
          ))}
        </ul>
        <p>Rien d&apos;autre n&apos;est demandé. Chaque donnée est affichée avec sa source et son année.</p>
        <p>
          Vous pouvez refuser : vous déposez alors votre avis d&apos;imposition, ou vous choisissez le tarif sans
          quotient familial. Vous pouvez retirer votre accord à tout moment depuis votre espace : aucune nouvelle
          récupération n&apos;a lieu et les données obtenues sont effacées ; les tarifs déjà fixés gardent leur
          explication (quotient, tranche, année) sans les données fiscales brutes.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Durées de conservation</h2>
        <ul className="list-disc pl-6 space-y-1">
          <li>Données fiscales obtenues : {conservation} au plus, puis effacement automatique.</li>
          <li>Pièces déposées : jusqu&apos;à la fin de l&apos;instruction de la demande et au plus un an.</li>
          <li>
            Dossiers d&apos;inscription et tarifs : durée de l&apos;année scolaire, puis archivage légal des pièces
            comptables.
          </li>
          <li>Sessions de connexion : 30 minutes d&apos;inactivité, 12 heures au plus.</li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Vos droits</h2>
        <p>
          Vous disposez des droits d&apos;accès, de rectification, d&apos;effacement, de limitation et
          d&apos;opposition. Depuis votre espace, vous pouvez exporter toutes vos données (fichier JSON) et fermer votre
          compte. Pour toute autre demande, adressez-vous au délégué à la protection des données {nom.de} (à son
          accueil). Vous pouvez aussi saisir la CNIL (www.cnil.fr).
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Cookies</h2>
        <p>
          Le portail n&apos;utilise que les cookies strictement nécessaires à la connexion et à la sécurité des
          formulaires. Aucun traceur publicitaire ni outil de mesure d&apos;audience tiers.
        </p>
      </section>
    </article>
  );
}
