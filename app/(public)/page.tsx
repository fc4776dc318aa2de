import { LienBouton } from "@/components/ui/bouton";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import type { FormesDuNom } from "@/lib/collectivite/domain/nom";
import { db } from "@/lib/server/db";

const etapes = (collectivite: FormesDuNom) => [
  {
    titre: "Connectez-vous",
    texte: "avec FranceConnect (vos identifiants impots.gouv.fr, Ameli, La Poste…) ou avec un compte du portail.",
  },
  {
    titre: "Présentez votre famille",
    texte: "vos enfants, leur école et leur classe. Votre identité FranceConnect est reprise, certifiée.",
  },
  {
    titre: "Choisissez les activités",
    texte: "cantine, accueil du matin et du soir, mercredis, vacances, selon l'école et les places restantes.",
  },
  {
    titre: "Autorisez la récupération de vos données fiscales",
    texte: `si vous le souhaitez : ${collectivite.sujet} les obtient directement des Finances publiques, sans avis d'imposition à fournir.`,
  },
  {
    titre: "Voyez votre tarif tout de suite",
    texte:
      "calculé selon votre quotient familial, avec le détail du calcul. La plupart des inscriptions sont validées aussitôt.",
  },
];

export default async function Accueil() {
  const collectivite = await lireNomCollectivite(await db());
  return (
    <div className="space-y-10">
      <section aria-labelledby="titre-accueil" className="space-y-4">
        <h1 id="titre-accueil" className="text-3xl sm:text-4xl font-bold text-primaire-fonce">
          Inscrire vos enfants à la cantine et aux activités périscolaires
        </h1>
        <p className="text-lg max-w-3xl">
          Proposé par {collectivite.sujet}, le Portail Famille réunit en un seul endroit les inscriptions scolaires et
          périscolaires. Votre tarif est calculé immédiatement à partir de votre quotient familial, et vous suivez vos
          demandes en ligne.
        </p>
        <div className="flex flex-wrap gap-3">
          <LienBouton href="/connexion">Se connecter</LienBouton>
          <LienBouton href="/espace" variante="secondaire">
            Accéder à mon espace famille
          </LienBouton>
        </div>
      </section>

      <section aria-labelledby="titre-etapes">
        <h2 id="titre-etapes" className="text-2xl font-bold text-primaire-fonce">
          Comment ça marche ?
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {etapes(collectivite).map((e, i) => (
            <li key={e.titre} className="rounded-lg border border-bordure bg-white p-4">
              <p className="font-bold">
                <span className="text-primaire">Étape {i + 1}</span> — {e.titre}
              </p>
              <p className="mt-1">{e.texte}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="titre-donnees" className="rounded-lg bg-white border border-bordure p-5 space-y-2">
        <h2 id="titre-donnees" className="text-xl font-bold text-primaire-fonce">
          Vos données, sous votre contrôle
        </h2>
        <p>
          Aucune donnée fiscale n&apos;est demandée sans votre accord. Avant toute récupération, le portail vous dit
          exactement ce qui sera obtenu, auprès de qui, pour quelle année de revenus et pourquoi. Vous pouvez refuser et
          déposer votre avis d&apos;imposition, ou choisir le tarif sans quotient familial. Votre accord peut être
          retiré à tout moment.
        </p>
        <p>
          <a className="text-primaire underline underline-offset-4" href="/donnees-personnelles">
            En savoir plus sur vos données personnelles
          </a>
        </p>
      </section>
    </div>
  );
}
