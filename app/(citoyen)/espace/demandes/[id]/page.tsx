import type { Metadata, Route } from "next";

import { ExplicationTarifDetail } from "@/components/espace/explication-tarif";
import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { formaterDateHeure } from "@/lib/format";
import { rangListeAttente } from "@/lib/inscriptions/demande.query";
import { LIBELLES_STATUT_INSCRIPTION, RAISONS_POUR_LA_FAMILLE } from "@/lib/inscriptions/libelles";
import { messagesDuFoyer } from "@/lib/messages/messages.query";
import { repondreAuDossier } from "@/lib/messages/repondre.action";
import { exigerMaDemande } from "@/lib/server/citoyen";
import { explicationTarif } from "@/lib/tarifs/domain/explication.schema";
import { formaterPrix, LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";

export const metadata: Metadata = { title: "Suivi de la demande" };

const STATUT_DEMANDE = {
  brouillon: "Non envoyée",
  soumise: "Envoyée",
  validee: "Validée",
  a_instruire: "En cours d'examen par un agent",
  refusee: "Refusée",
} as const;

export default async function SuiviDemande({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ envoyee?: string }>;
}) {
  const { id } = await params;
  const { envoyee } = await searchParams;
  const { session, base, demande } = await exigerMaDemande(id);
  const collectivite = await lireNomCollectivite(base);
  const dossier = demande.dossiers[0];
  const messages = dossier ? await messagesDuFoyer(base, session.compte.id, dossier.id) : [];
  const rangs = new Map(
    await Promise.all(
      demande.inscriptions
        .filter((i) => i.statut === "liste_attente")
        .map(async (i) => [i.id, await rangListeAttente(base, i.activite.id, i.creeLe)] as const),
    ),
  );
  return (
    <div className="space-y-6">
      <TitrePage
        chapo={`Année scolaire ${demande.anneeScolaire.libelle}${demande.soumiseLe ? ` — envoyée le ${formaterDateHeure(demande.soumiseLe)}` : ""}.`}
      >
        Demande : {STATUT_DEMANDE[demande.statut]}
      </TitrePage>
      {envoyee && (
        <Alerte type="succes" annoncer titre="Votre demande est envoyée">
          {demande.statut === "validee"
            ? "Vos inscriptions sont validées et leur tarif est fixé."
            : "Elle est enregistrée, places réservées ; un agent l'examine. Vous serez prévenu."}
        </Alerte>
      )}
      {demande.statut === "brouillon" && (
        <LienBouton href={`/espace/demandes/${demande.id}/activites` as Route}>Reprendre la demande</LienBouton>
      )}
      {dossier &&
        dossier.raisons.includes("autorisation_a_renouveler") &&
        dossier.statut !== "valide" &&
        dossier.statut !== "rejete" &&
        session.fournisseur === "franceconnect" && (
          <LienBouton href={`/espace/demandes/${demande.id}/tarification` as Route}>
            Autoriser à nouveau la récupération de mes données fiscales
          </LienBouton>
        )}
      {dossier && dossier.statut !== "valide" && dossier.statut !== "rejete" && (
        <Alerte
          type={dossier.attenduFamille ? "attention" : "info"}
          titre={dossier.attenduFamille ? "Ce qui est attendu de vous" : "En cours d'examen"}
        >
          {dossier.attenduFamille ?? (
            <ul className="list-disc pl-6">
              {dossier.raisons.map((r) => (
                <li key={r}>{RAISONS_POUR_LA_FAMILLE[r] ?? r}</li>
              ))}
            </ul>
          )}
        </Alerte>
      )}

      <section aria-labelledby="titre-inscriptions">
        <h2 id="titre-inscriptions" className="text-xl font-bold">
          Inscriptions
        </h2>
        <ul className="mt-3 space-y-3">
          {demande.inscriptions.map((i) => {
            const tarif = i.tarifs[0];
            const explication = tarif ? explicationTarif.safeParse(tarif.explication) : null;
            return (
              <li key={i.id} className="rounded-lg border border-bordure bg-white p-4">
                <p className="font-bold">
                  {i.enfant.prenom} — {i.activite.nom}
                </p>
                <p>
                  Statut : <strong>{LIBELLES_STATUT_INSCRIPTION[i.statut]}</strong>
                  {rangs.get(i.id) ? ` (rang ${rangs.get(i.id)})` : ""}
                </p>
                {tarif && (
                  <p>
                    Tarif : <strong>{formaterPrix(tarif.montantCentimes)}</strong>{" "}
                    {LIBELLES_UNITE[tarif.uniteVente].par}
                    {i.statut === "en_attente" ? " (provisoire)" : ""}
                  </p>
                )}
                {explication?.success && <ExplicationTarifDetail explication={explication.data} />}
              </li>
            );
          })}
        </ul>
      </section>

      {dossier && (
        <section aria-labelledby="titre-messages" className="rounded-lg border border-bordure bg-white p-5 space-y-4">
          <h2 id="titre-messages" className="text-xl font-bold">
            Messages
          </h2>
          {messages.length === 0 ? (
            <p>Aucun message pour l&apos;instant.</p>
          ) : (
            <ol className="space-y-3">
              {messages.map((m) => (
                <li
                  key={m.id}
                  className={`rounded-md p-3 ${m.deLAgent ? "bg-primaire-clair" : "bg-fond border border-bordure"}`}
                >
                  <p className="text-sm text-attenue">
                    {m.deLAgent ? collectivite.Sujet : "Vous"}, le {formaterDateHeure(m.creeLe)}
                  </p>
                  <p className="whitespace-pre-line">{m.corps}</p>
                </li>
              ))}
            </ol>
          )}
          <Formulaire action={repondreAuDossier} messageSucces="Votre message est envoyé.">
            <input type="hidden" name="dossierId" value={dossier.id} />
            <Champ nom="corps" libelle={`Écrire ${collectivite.a}`} />
            <Bouton>Envoyer le message</Bouton>
          </Formulaire>
        </section>
      )}
    </div>
  );
}
