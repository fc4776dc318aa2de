import type { Metadata } from "next";
import Link from "next/link";

import { classesBouton, LienBouton } from "@/components/ui/bouton";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { exporterMesDonnees } from "@/lib/donnees-personnelles/export.query";
import { resumerDonnees } from "@/lib/donnees-personnelles/resume";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Mes données personnelles" };

const lien = "text-primaire underline underline-offset-4";

export default async function MesDonnees() {
  const session = await exigerRole(["citoyen"], "/espace/mes-donnees");
  const base = await db();
  const collectivite = await lireNomCollectivite(base);
  const resume = resumerDonnees(await exporterMesDonnees(base, session.compte.id, new Date()));
  return (
    <div className="space-y-8 max-w-3xl">
      <TitrePage chapo="Ce que le portail détient sur vous et votre foyer, et vos droits sur ces données.">
        Mes données personnelles
      </TitrePage>

      <section aria-labelledby="titre-detenu" className="space-y-3">
        <h2 id="titre-detenu" className="text-xl font-bold">
          Ce que le portail détient
        </h2>
        <dl className="rounded-lg border border-bordure bg-white divide-y divide-bordure">
          {resume.map((l) => (
            <div key={l.libelle} className="p-3 sm:grid sm:grid-cols-3 sm:gap-4">
              <dt className="font-semibold">{l.libelle}</dt>
              <dd className="sm:col-span-2 break-words">{l.valeur}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="titre-export" className="space-y-3">
        <h2 id="titre-export" className="text-xl font-bold">
          Télécharger mes données
        </h2>
        <p>
          Un fichier au format JSON, lisible par un tableur ou un autre service, avec tout ce qui précède en détail :
          identité, foyer, enfants, inscriptions et tarifs avec leur explication, accords, données fiscales encore
          conservées (avec leur source et leur année), pièces déposées (leur description), dossiers et messages.
        </p>
        <a className={classesBouton("primaire")} href="/espace/mes-donnees/export" download>
          Télécharger mes données (JSON)
        </a>
      </section>

      <section aria-labelledby="titre-pieces" className="space-y-3">
        <h2 id="titre-pieces" className="text-xl font-bold">
          Mes pièces justificatives
        </h2>
        <p>Déposez un justificatif, retrouvez et téléchargez ceux que vous avez déposés.</p>
        <LienBouton href="/espace/mes-donnees/documents" variante="secondaire">
          Voir mes pièces justificatives
        </LienBouton>
      </section>

      <section aria-labelledby="titre-fermer" className="space-y-3">
        <h2 id="titre-fermer" className="text-xl font-bold">
          Fermer mon compte
        </h2>
        <p>
          Vos données personnelles sont alors effacées, sauf ce que {collectivite.sujet} doit conserver pour facturer
          les prestations déjà validées. La page suivante détaille ce qui est effacé et ce qui est gardé, avant toute
          confirmation.
        </p>
        <LienBouton href="/espace/mes-donnees/fermer-mon-compte" variante="secondaire">
          Fermer mon compte…
        </LienBouton>
      </section>

      <p>
        Pour en savoir plus sur l&apos;usage de vos données, leurs durées de conservation et vos autres droits, lisez la
        page{" "}
        <Link className={lien} href="/donnees-personnelles">
          Données personnelles
        </Link>
        .
      </p>
    </div>
  );
}
