import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { DonneesAutreFoyer } from "@/components/espace/donnees-autre-foyer";
import { DonneesCertifiees } from "@/components/espace/donnees-certifiees";
import { EtapesDemande } from "@/components/espace/etapes-demande";
import { ExplicationTarifDetail } from "@/components/espace/explication-tarif";
import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { avisImpositionDepose } from "@/lib/documents/documents.query";
import { activitesCompletes } from "@/lib/inscriptions/catalogue.query";
import { jours, RAISONS_POUR_LA_FAMILLE } from "@/lib/inscriptions/libelles";
import { envoyerDemande } from "@/lib/inscriptions/soumettre-demande.action";
import { tarifierDemande } from "@/lib/inscriptions/tarifer-demande";
import { exigerMaDemande } from "@/lib/server/citoyen";
import { formaterPrix, LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";

export const metadata: Metadata = { title: "Récapitulatif de la demande" };

const RESIDENCE = {
  resident: "résident du territoire",
  non_resident: "hors du territoire : tarif non-résident",
  a_verifier: "commune à vérifier par un agent",
};

export default async function Recapitulatif({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ erreur?: string }>;
}) {
  const { id } = await params;
  const { erreur } = await searchParams;
  const { session, base, demande } = await exigerMaDemande(id, "/recapitulatif");
  if (demande.statut !== "brouillon") redirect(`/espace/demandes/${demande.id}`);
  if (!demande.voieTarification) redirect(`/espace/demandes/${demande.id}/tarification`);
  const t = await tarifierDemande(base, demande.id, new Date());
  const avisManquant =
    demande.voieTarification === "document" && !(await avisImpositionDepose(base, session.compte.id, demande.foyerId));
  const completes = await activitesCompletes(
    base,
    demande.inscriptions.map((i) => i.activite.id),
  );
  // An answer whose identity is not proven is held for the agents (issue 10): the family is told it arrived.
  const aVerifier = demande.raisonsEnAttente.some((r) => r === "identite_non_verifiee" || r === "identite_divergente");
  return (
    <div className="space-y-6">
      <EtapesDemande courante={3} />
      <TitrePage chapo="Vérifiez vos tarifs, puis envoyez votre demande.">Récapitulatif</TitrePage>
      {erreur && (
        <Alerte type="attention" annoncer>
          Une erreur inattendue s&apos;est produite pendant la récupération de vos données ; votre demande est
          conservée.
        </Alerte>
      )}

      <section aria-labelledby="titre-donnees" className="space-y-3">
        <h2 id="titre-donnees" className="text-xl font-bold">
          Données utilisées pour le calcul
        </h2>
        {demande.voieTarification === "donnees_fiscales" &&
          t.situation.foyersFiscaux.map((f) =>
            f.instantane ? (
              f.responsable.rang === 1 ? (
                <DonneesCertifiees
                  key={f.responsable.id}
                  instantane={f.instantane}
                  titre="Votre foyer fiscal"
                  anneeAttendue={t.situation.anneeAttendue}
                />
              ) : (
                <DonneesAutreFoyer
                  key={f.responsable.id}
                  prenom={f.responsable.prenoms}
                  anneeRevenus={f.instantane.anneeRevenus}
                  anneeAttendue={t.situation.anneeAttendue}
                />
              )
            ) : (
              <Alerte
                key={f.responsable.id}
                type="attention"
                titre={
                  f.responsable.rang === 1 && aVerifier
                    ? "Vos données fiscales ont été reçues et sont en cours de vérification"
                    : f.responsable.rang === 1
                      ? "Vos données fiscales n'ont pas été obtenues"
                      : `Données de ${f.responsable.prenoms} pas encore obtenues`
                }
              >
                {f.responsable.rang === 1 && aVerifier
                  ? "Un agent vérifie qu'elles sont bien les vôtres ; vous verrez le tarif retenu après sa validation. "
                  : ""}
                Vous pouvez envoyer votre demande : elle est enregistrée et un agent la complétera. Rien n&apos;est
                perdu.
              </Alerte>
            ),
          )}
        {demande.voieTarification === "sans_tarification" && (
          <p>Sans tarification solidaire : le tarif le plus élevé s&apos;applique.</p>
        )}
        {demande.voieTarification === "document" && (
          <p>
            Votre tarif sera établi par un agent d&apos;après votre avis d&apos;imposition ; le tarif affiché est
            provisoire.{" "}
            <Link className="text-primaire underline underline-offset-4" href={`/espace/demandes/${demande.id}/avis`}>
              Voir ou compléter les avis déposés
            </Link>
          </p>
        )}
        <p>
          Adresse du foyer (
          {t.situation.residence.source === "fiscale" ? "adresse fiscale certifiée" : "adresse déclarée"}) :{" "}
          <strong>
            {t.retenu.raisons.includes("adresse_hors_territoire")
              ? "hors du territoire : un agent vérifiera avant de fixer le tarif"
              : RESIDENCE[t.situation.residence.statut]}
          </strong>
          .
        </p>
        <p>
          <Link
            className="text-primaire underline underline-offset-4"
            href={`/espace/demandes/${demande.id}/tarification`}
          >
            Changer la façon de calculer mon tarif
          </Link>
        </p>
      </section>

      <section aria-labelledby="titre-tarifs" className="space-y-3">
        <h2 id="titre-tarifs" className="text-xl font-bold">
          Activités et tarifs
        </h2>
        <ul className="space-y-3">
          {demande.inscriptions.map((i) => {
            const p = t.tarifs.find((x) => x.inscriptionId === i.id)?.tarif;
            return (
              <li key={i.id} className="rounded-lg border border-bordure bg-white p-4">
                <p className="font-bold">
                  {i.enfant.prenom} — {i.activite.nom}
                </p>
                <p className="text-sm text-attenue">
                  {jours(i.activite.jours)} — {i.frequence === "occasionnelle" ? "occasionnelle" : "régulière"}
                  {completes.has(i.activite.id) ? " — complet : liste d'attente" : ""}
                </p>
                {p ? (
                  <>
                    <p className="mt-1 text-lg">
                      <strong>{formaterPrix(p.montantCentimes)}</strong> {LIBELLES_UNITE[p.unite].par}
                      {t.retenu.automatique ? "" : " (provisoire)"}
                    </p>
                    <ExplicationTarifDetail explication={p.explication} />
                  </>
                ) : (
                  <p>Tarif établi par un agent.</p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="titre-suite" className="rounded-lg border border-bordure bg-white p-5 space-y-3">
        <h2 id="titre-suite" className="text-xl font-bold">
          Après l&apos;envoi
        </h2>
        {t.retenu.automatique ? (
          <p>
            Vos inscriptions seront validées immédiatement et leur tarif fixé (sauf activité complète : liste
            d&apos;attente).
          </p>
        ) : (
          <>
            <p>Un agent examinera votre demande, parce que :</p>
            <ul className="list-disc pl-6">
              {t.retenu.raisons.map((r) => (
                <li key={r}>{RAISONS_POUR_LA_FAMILLE[r] ?? r}</li>
              ))}
            </ul>
            <p>Les places sont réservées dès l&apos;envoi. Vous suivrez la décision dans votre espace.</p>
          </>
        )}
        {avisManquant ? (
          <Alerte type="attention" titre="Avis d'imposition manquant">
            <Link className="underline" href={`/espace/demandes/${demande.id}/avis`}>
              Déposez votre avis d&apos;imposition
            </Link>{" "}
            pour pouvoir envoyer la demande.
          </Alerte>
        ) : (
          <Formulaire action={envoyerDemande}>
            <input type="hidden" name="demandeId" value={demande.id} />
            <Bouton>Envoyer ma demande</Bouton>
          </Formulaire>
        )}
      </section>
    </div>
  );
}
