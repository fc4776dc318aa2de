import type { Metadata } from "next";

import { TitrePage } from "@/components/ui/titre-page";
import { lireCollectivite } from "@/lib/collectivite/collectivite.query";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

export default async function Accessibilite() {
  const nom = (await lireCollectivite(await db()))?.nom ?? "La collectivité";
  return (
    <article className="space-y-6 max-w-3xl">
      <TitrePage>Déclaration d&apos;accessibilité</TitrePage>
      <p>
        {nom} s&apos;engage à rendre ses services numériques accessibles, conformément à l&apos;article 47 de la loi n°
        2005-102 du 11 février 2005. Cette déclaration s&apos;applique au Portail Famille.
      </p>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">État de conformité</h2>
        <p>
          Le Portail Famille est <strong>non conforme</strong> au référentiel général d&apos;amélioration de
          l&apos;accessibilité (RGAA 4.1) : aucun audit de conformité n&apos;a encore été réalisé. Il est conçu pour
          respecter les critères WCAG 2.1 niveau AA : chaque page est vérifiée automatiquement (axe) à chaque
          modification, les parcours se font entièrement au clavier, sans JavaScript et sur un écran de téléphone.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Retour d&apos;information et contact</h2>
        <p>
          Si vous ne parvenez pas à accéder à un contenu ou à un service, contactez la mairie : nous vous proposerons
          une alternative accessible ou une inscription au guichet.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">Voies de recours</h2>
        <p>
          Si vous avez signalé un défaut d&apos;accessibilité sans obtenir de réponse satisfaisante, vous pouvez écrire
          au Défenseur des droits (formulaire en ligne sur www.defenseurdesdroits.fr), contacter son délégué dans votre
          région, ou écrire à : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
        </p>
      </section>
    </article>
  );
}
