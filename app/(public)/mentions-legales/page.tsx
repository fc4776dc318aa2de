import type { Metadata } from "next";

import { TitrePage } from "@/components/ui/titre-page";
import { lireCollectivite, lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Mentions légales" };

export default async function MentionsLegales() {
  const base = await db();
  const [c, nom] = await Promise.all([lireCollectivite(base), lireNomCollectivite(base)]);
  return (
    <article className="space-y-6 max-w-3xl">
      <TitrePage>Mentions légales</TitrePage>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Éditeur du site</h2>
        <p>
          {nom.Sujet}
          {c?.siret ? ` (SIRET ${c.siret})` : ""}. Directeur ou directrice de la publication : son maire ou son
          président ou sa présidente.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Hébergement</h2>
        <p>
          Le portail est hébergé par {nom.sujet} ou par le prestataire qu&apos;elle a retenu ; les données sont stockées
          en France ou dans l&apos;Union européenne. Les coordonnées de l&apos;hébergeur sont disponibles sur simple
          demande auprès {nom.de}.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Logiciel</h2>
        <p>
          Portail Famille est un logiciel libre publié sous licence EUPL 1.2. Il utilise FranceConnect, service de
          l&apos;État, et l&apos;API Impôt particulier de la Direction générale des Finances publiques.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Propriété intellectuelle</h2>
        <p>
          Les contenus publiés par {nom.sujet} sur ce portail peuvent être réutilisés librement, sous réserve d&apos;en
          citer la source. Les logos FranceConnect et des services de l&apos;État restent la propriété de leurs
          titulaires.
        </p>
      </section>
    </article>
  );
}
