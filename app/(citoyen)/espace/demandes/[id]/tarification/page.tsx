import type { Metadata } from "next";
import Link from "next/link";

import { ConsentementDgfip } from "@/components/espace/consentement-dgfip";
import { DonneesAutreFoyer } from "@/components/espace/donnees-autre-foyer";
import { DonneesCertifiees } from "@/components/espace/donnees-certifiees";
import { EtapesDemande } from "@/components/espace/etapes-demande";
import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";
import { CaseACocher } from "@/components/ui/case-a-cocher";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { actualiserDonneesFiscales } from "@/lib/inscriptions/actualiser-donnees.action";
import { choisirSansDonneesFiscales } from "@/lib/inscriptions/choisir-voie.action";
import { obtenirDonneesParSpi } from "@/lib/inscriptions/donnees-par-spi.action";
import { MESSAGES_TARIFICATION } from "@/lib/inscriptions/erreurs-tarification";
import { etatTarification } from "@/lib/inscriptions/etat-tarification.query";
import { inviterSecondParent } from "@/lib/inscriptions/inviter-second-parent.action";
import { utiliserDonneesObtenues } from "@/lib/inscriptions/utiliser-donnees.action";
import { exigerMaDemande } from "@/lib/server/citoyen";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Calcul du tarif" };

const carte = "rounded-lg border border-bordure bg-white p-5 space-y-4";

export default async function Tarification({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ erreur?: string }>;
}) {
  const { id } = await params;
  const { erreur } = await searchParams;
  const { session, base, demande } = await exigerMaDemande(id, "/tarification");
  const collectivite = await lireNomCollectivite(base);
  const etat = await etatTarification(base, demande.foyerId, new Date());
  const titulaire = etat.foyersFiscaux[0];
  const second = etat.foyersFiscaux[1];
  const franceConnect = session.fournisseur === "franceconnect";
  const brouillon = demande.statut === "brouillon";
  return (
    <div className="space-y-6">
      <EtapesDemande courante={2} />
      <TitrePage chapo="Le tarif dépend de votre quotient familial. Choisissez comment il est établi.">
        Calcul du tarif
      </TitrePage>
      {erreur && (
        <Alerte type="erreur" annoncer>
          {MESSAGES_TARIFICATION[erreur] ?? "L'opération n'a pas abouti. Réessayez."}
        </Alerte>
      )}

      {titulaire?.instantane && brouillon && (
        <section aria-labelledby="titre-obtenues" className={carte}>
          <h2 id="titre-obtenues" className="text-xl font-bold">
            Vos données fiscales sont déjà obtenues
          </h2>
          <DonneesCertifiees
            instantane={titulaire.instantane}
            titre="Votre foyer fiscal"
            anneeAttendue={etat.anneeAttendue}
          />
          <Formulaire action={utiliserDonneesObtenues}>
            <input type="hidden" name="demandeId" value={demande.id} />
            <Bouton>Utiliser ces données et voir mes tarifs</Bouton>
          </Formulaire>
        </section>
      )}
      {/* Always offered, even with data in hand: the family can fetch them again (a newer year, a correction). */}
      <section aria-labelledby="titre-accord" className={carte}>
        <h2 id="titre-accord" className="text-xl font-bold">
          {titulaire?.instantane
            ? "Obtenir à nouveau mes données fiscales"
            : "Récupérer mes données fiscales (recommandé)"}
        </h2>
        <ConsentementDgfip
          annees={etat.annees}
          conservation={etat.conservation}
          mode={franceConnect ? "franceconnect" : "spi"}
        />
        {franceConnect ? (
          <form method="post" action="/api/franceconnect/donnees" className="space-y-4">
            <input type="hidden" name="demandeId" value={demande.id} />
            <input type="hidden" name="rang" value="1" />
            <div className="flex gap-3 items-start">
              <input
                id="accord-fc"
                type="checkbox"
                name="accord"
                value="oui"
                required
                className="mt-1 h-5 w-5 shrink-0 accent-primaire"
              />
              <label htmlFor="accord-fc" className="font-semibold">
                J&apos;accepte que {collectivite.sujet} obtienne ces données auprès de la DGFiP
              </label>
            </div>
            <p className="text-sm text-attenue">
              Vous passerez par FranceConnect pour confirmer, puis reviendrez ici avec vos tarifs.
            </p>
            <Bouton>Autoriser et continuer avec FranceConnect</Bouton>
          </form>
        ) : (
          <>
            {brouillon && etat.numeroFiscalConnu && (
              <Formulaire action={actualiserDonneesFiscales} className="space-y-3">
                <input type="hidden" name="demandeId" value={demande.id} />
                <p>
                  Avec le numéro fiscal déjà enregistré ({etat.numeroFiscalConnu}), la DGFiP est interrogée à nouveau :
                  une année plus récente ou une correction est prise en compte. Chaque actualisation compte parmi vos{" "}
                  {env().SPI_CONSULTATIONS_PAR_JOUR} recherches par numéro fiscal sur 24 heures.
                </p>
                <CaseACocher
                  nom="accord"
                  id="accord-actualiser"
                  libelle={`J'accepte que ${collectivite.sujet} obtienne à nouveau ces données auprès de la DGFiP`}
                />
                <Bouton>Actualiser mes données fiscales</Bouton>
              </Formulaire>
            )}
            {brouillon && etat.numeroFiscalConnu && <h3 className="font-bold">Ou saisir un autre numéro fiscal</h3>}
            <Formulaire action={obtenirDonneesParSpi}>
              <input type="hidden" name="demandeId" value={demande.id} />
              <Champ
                nom="spi"
                libelle="Numéro fiscal"
                inputMode="numeric"
                autoComplete="off"
                aide="13 chiffres, en haut à gauche de la première page de votre avis d'impôt."
                required
              />
              {!session.compte.identiteCertifiee && (
                <Champ
                  nom="dateNaissance"
                  libelle="Votre date de naissance"
                  type="date"
                  aide="Pour vérifier que vous êtes déclarant de ce foyer fiscal."
                />
              )}
              <CaseACocher
                nom="accord"
                libelle={`J'accepte que ${collectivite.sujet} obtienne ces données auprès de la DGFiP`}
              />
              <Bouton>Autoriser et obtenir mes données</Bouton>
            </Formulaire>
          </>
        )}
      </section>

      {second && (
        <section aria-labelledby="titre-second" className={carte}>
          <h2 id="titre-second" className="text-xl font-bold">
            Foyer fiscal de {second.responsable.prenoms} {second.responsable.nom}
          </h2>
          {second.instantane ? (
            <DonneesAutreFoyer
              prenom={second.responsable.prenoms}
              anneeRevenus={second.instantane.anneeRevenus}
              anneeAttendue={etat.anneeAttendue}
            />
          ) : (
            <>
              <p>
                {second.responsable.prenoms} déclare ses revenus séparément : ses données sont aussi nécessaires. Il ou
                elle les autorise lui-même, avec son propre compte FranceConnect. Vous pouvez aussi envoyer votre
                demande sans attendre : un agent la complétera.
              </p>
              <ul className="space-y-3">
                <li>
                  <Link
                    className="text-primaire underline underline-offset-4 font-semibold"
                    href={`/espace/demandes/${demande.id}/second-parent`}
                  >
                    {second.responsable.prenoms} est avec moi : autoriser maintenant sur cet appareil
                  </Link>
                </li>
                <li>
                  <Formulaire action={inviterSecondParent} className="space-y-2">
                    <input type="hidden" name="demandeId" value={demande.id} />
                    <Bouton variante="secondaire">Envoyer un lien à {second.responsable.prenoms}</Bouton>
                  </Formulaire>
                </li>
              </ul>
            </>
          )}
        </section>
      )}

      {brouillon && (
        <section aria-labelledby="titre-sans" className={carte}>
          <h2 id="titre-sans" className="text-xl font-bold">
            Je ne souhaite pas transmettre mes données fiscales
          </h2>
          {!etat.adresseDeclaree && (
            <Alerte type="attention">
              Renseignez d&apos;abord l&apos;adresse de votre foyer dans{" "}
              <Link className="underline" href="/espace/foyer">
                Mon foyer
              </Link>{" "}
              : elle détermine le tarif résident ou non-résident.
            </Alerte>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <Formulaire action={choisirSansDonneesFiscales} className="space-y-2">
              <input type="hidden" name="demandeId" value={demande.id} />
              <input type="hidden" name="voie" value="document" />
              <p>Un agent établit votre tarif d&apos;après votre avis d&apos;imposition (PDF ou photo).</p>
              <Bouton variante="secondaire">Déposer mon avis d&apos;imposition</Bouton>
            </Formulaire>
            <Formulaire action={choisirSansDonneesFiscales} className="space-y-2">
              <input type="hidden" name="demandeId" value={demande.id} />
              <input type="hidden" name="voie" value="sans_tarification" />
              <p>
                Sans quotient familial : le tarif le plus élevé s&apos;applique, et votre inscription est validée
                {session.compte.identiteCertifiee
                  ? " aussitôt."
                  : " par un agent (votre compte n'est pas relié à FranceConnect)."}
              </p>
              <Bouton variante="secondaire">Continuer sans tarification solidaire</Bouton>
            </Formulaire>
          </div>
        </section>
      )}
    </div>
  );
}
