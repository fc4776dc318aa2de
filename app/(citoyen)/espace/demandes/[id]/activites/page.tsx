import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ChoixActivite } from "@/components/espace/choix-activite";
import { EtapesDemande } from "@/components/espace/etapes-demande";
import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { catalogueDuFoyer } from "@/lib/inscriptions/catalogue.query";
import { enregistrerChoixActivites } from "@/lib/inscriptions/choisir-activites.action";
import { etatFenetre } from "@/lib/inscriptions/domain/fenetre";
import { jours, LIBELLES_STATUT_INSCRIPTION } from "@/lib/inscriptions/libelles";
import { exigerMaDemande } from "@/lib/server/citoyen";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";

export const metadata: Metadata = { title: "Choisir les activités" };

export default async function ChoisirActivites({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { session, base, demande } = await exigerMaDemande(id, "/activites");
  if (demande.statut !== "brouillon") notFound();
  const catalogue = await catalogueDuFoyer(base, session.compte.id, demande.anneeScolaire.id);
  const maintenant = new Date();
  return (
    <div>
      <EtapesDemande courante={1} />
      <TitrePage chapo={`Année scolaire ${demande.anneeScolaire.libelle}. Cochez les activités de chaque enfant.`}>
        Choisir les activités
      </TitrePage>
      <Formulaire action={enregistrerChoixActivites}>
        <input type="hidden" name="demandeId" value={demande.id} />
        {catalogue.map(({ enfant, activites }) => (
          <fieldset key={enfant.id} className="rounded-lg border border-bordure bg-white p-4 space-y-3">
            <legend className="px-1 text-lg font-bold">
              {enfant.prenom} {enfant.nom}{" "}
              <span className="font-normal text-attenue">— {enfant.ecole ?? "école non renseignée"}</span>
            </legend>
            {activites.length === 0 && (
              <p>Aucune activité n&apos;est proposée à l&apos;école de cet enfant pour le moment.</p>
            )}
            <ul className="space-y-3">
              {activites.map((a) => {
                const cle = `${enfant.id}:${a.id}`;
                const dansCetteDemande =
                  a.inscription?.demandeId === demande.id && a.inscription.statut === "brouillon";
                const dejaInscrit =
                  a.inscription &&
                  !dansCetteDemande &&
                  ["en_attente", "validee", "liste_attente"].includes(a.inscription.statut);
                const fenetre = etatFenetre(a, maintenant);
                return (
                  <li key={a.id} className="border-t border-bordure pt-3 first:border-t-0 first:pt-0">
                    {dejaInscrit ? (
                      <p>
                        <strong>{a.nom}</strong> : {LIBELLES_STATUT_INSCRIPTION[a.inscription!.statut]}
                      </p>
                    ) : fenetre !== "ouverte" ? (
                      <p>
                        <strong>{a.nom}</strong> : inscriptions {fenetre === "close" ? "closes" : "pas encore ouvertes"}
                      </p>
                    ) : (
                      <ChoixActivite
                        cle={cle}
                        nom={a.nom}
                        choisie={dansCetteDemande}
                        frequence={dansCetteDemande ? a.inscription!.frequence : "reguliere"}
                        detail={
                          <>
                            {jours(a.jours)} — tarif {LIBELLES_UNITE[a.uniteVente].par} —{" "}
                            {a.placesRestantes > 0
                              ? `${a.placesRestantes} place${a.placesRestantes > 1 ? "s" : ""} restante${a.placesRestantes > 1 ? "s" : ""}`
                              : "complet : inscription en liste d'attente"}
                          </>
                        }
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        <Bouton>Continuer : calcul du tarif</Bouton>
      </Formulaire>
    </div>
  );
}
