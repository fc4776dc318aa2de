import type { Metadata } from "next";
import Link from "next/link";

import { nomAffiche } from "@/components/layout/en-tete";
import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { listerMesEnfants } from "@/lib/enfants/enfants.query";
import { formaterDate } from "@/lib/format";
import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import { lireMonFoyer } from "@/lib/foyers/foyer.query";
import { listerAFaire } from "@/lib/inscriptions/a-faire.query";
import { listerMesDemandes } from "@/lib/inscriptions/demande.query";
import { demarrerDemande } from "@/lib/inscriptions/demarrer-demande.action";
import { LIBELLES_STATUT_INSCRIPTION } from "@/lib/inscriptions/libelles";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Mon espace famille" };

const STATUT_DEMANDE = {
  brouillon: "À terminer",
  soumise: "Envoyée",
  validee: "Validée",
  a_instruire: "En cours d'examen",
  refusee: "Refusée",
} as const;
const carte = "rounded-lg border border-bordure bg-white p-5 space-y-3";
const lien = "text-primaire underline underline-offset-4";

export default async function Espace({ searchParams }: { searchParams: Promise<{ erreur?: string }> }) {
  const session = await exigerRole(["citoyen"], "/espace");
  const { erreur } = await searchParams;
  const base = await db();
  await assurerFoyer(base, session.compte.id);
  const [foyer, enfants, demandes, aFaire] = await Promise.all([
    lireMonFoyer(base, session.compte.id),
    listerMesEnfants(base, session.compte.id),
    listerMesDemandes(base, session.compte.id),
    listerAFaire(base, session.compte.id),
  ]);
  return (
    <div className="space-y-6">
      <TitrePage chapo="Votre famille, vos inscriptions et vos demandes.">
        Bonjour {nomAffiche(session.compte)}
      </TitrePage>
      {erreur === "autorisation_expiree" && (
        <Alerte type="attention" annoncer>
          L&apos;autorisation a expiré avant votre retour de FranceConnect. Recommencez depuis votre demande.
        </Alerte>
      )}
      {aFaire.length > 0 && (
        <Alerte type="attention" titre="À faire">
          <ul className="list-disc pl-6">
            {aFaire.map((a) => (
              <li key={a.href + a.texte}>
                <Link className="underline" href={a.href}>
                  {a.texte}
                </Link>
              </li>
            ))}
          </ul>
        </Alerte>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="titre-enfants" className={carte}>
          <h2 id="titre-enfants" className="text-xl font-bold">
            Mes enfants
          </h2>
          {enfants.length === 0 ? (
            <p>Aucun enfant pour l&apos;instant.</p>
          ) : (
            <ul>
              {enfants.map((e) => (
                <li key={e.id}>
                  {e.prenom} {e.nom} — {e.ecole?.nom ?? "école non renseignée"}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link className={lien} href="/espace/enfants">
              Gérer mes enfants
            </Link>
          </p>
        </section>
        <section aria-labelledby="titre-foyer" className={carte}>
          <h2 id="titre-foyer" className="text-xl font-bold">
            Mon foyer
          </h2>
          <p>
            {foyer?.codePostal
              ? `${foyer.adresse1 ?? ""}, ${foyer.codePostal} ${foyer.commune ?? ""}`
              : "Adresse à renseigner"}
          </p>
          <p>
            {foyer && foyer.responsables.length > 1
              ? `Second responsable : ${foyer.responsables[1]!.prenoms} ${foyer.responsables[1]!.nom}`
              : "Un seul responsable légal déclaré"}
          </p>
          <ul className="space-y-1">
            <li>
              <Link className={lien} href="/espace/foyer">
                Coordonnées et responsables
              </Link>
            </li>
            <li>
              <Link className={lien} href="/espace/donnees-fiscales">
                Mes données fiscales
              </Link>
            </li>
            <li>
              <Link className={lien} href="/espace/mes-donnees/documents">
                Mes pièces justificatives
              </Link>
            </li>
            <li>
              <Link className={lien} href="/espace/mes-donnees">
                Mes données personnelles (export, fermeture du compte)
              </Link>
            </li>
          </ul>
        </section>
      </div>
      <section aria-labelledby="titre-demandes" className={carte}>
        <h2 id="titre-demandes" className="text-xl font-bold">
          Mes demandes d&apos;inscription
        </h2>
        {demandes.length === 0 ? (
          <p>Aucune demande pour l&apos;instant.</p>
        ) : (
          <ul className="space-y-3">
            {demandes.map((d) => (
              <li key={d.id} className="border-t border-bordure pt-3 first:border-t-0 first:pt-0">
                <p>
                  <Link
                    className={`${lien} font-semibold`}
                    href={d.statut === "brouillon" ? `/espace/demandes/${d.id}/activites` : `/espace/demandes/${d.id}`}
                  >
                    Demande {d.anneeScolaire.libelle} du {formaterDate(d.creeLe)}
                  </Link>{" "}
                  — {STATUT_DEMANDE[d.statut]}
                </p>
                <ul className="text-sm">
                  {d.inscriptions.map((i) => (
                    <li key={i.id}>
                      {i.enfant.prenom} — {i.activite.nom} : {LIBELLES_STATUT_INSCRIPTION[i.statut]}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        {enfants.length > 0 ? (
          <Formulaire action={demarrerDemande}>
            <Bouton>Inscrire mes enfants à des activités</Bouton>
          </Formulaire>
        ) : (
          <LienBouton href="/espace/enfants/nouveau">Ajouter un enfant pour commencer</LienBouton>
        )}
      </section>
    </div>
  );
}
