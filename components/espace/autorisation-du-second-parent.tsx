"use client";

import { useNomCollectivite } from "@/components/layout/nom-collectivite";
import { Bouton } from "@/components/ui/bouton";
import { donneesDemandees } from "@/lib/consentements/domain/consentement";
import { formaterDate } from "@/lib/format";

const REPONSES = { accorde: "Accord donné", refuse: "Refusé", retire: "Accord retiré" } as const;

/**
 * The second parent's own page, from their link once used: their answer, which data was obtained and for which year
 * (the kinds of data, not the values), who sees it, and a plain form to withdraw (works without JavaScript).
 */
export function AutorisationDuSecondParent({
  jeton,
  titulaire,
  consentement,
  donnees,
}: {
  jeton: string;
  titulaire: string;
  consentement: { statut: keyof typeof REPONSES; creeLe: Date; retireLe: Date | null } | null;
  donnees: { anneeRevenus: number; recupereLe: Date; expireLe: Date } | null;
}) {
  const collectivite = useNomCollectivite();
  return (
    <section aria-labelledby="titre-votre-autorisation" className="space-y-4">
      <h2 id="titre-votre-autorisation" className="text-xl font-bold">
        Votre autorisation
      </h2>
      {consentement && (
        <p>
          <strong>{REPONSES[consentement.statut]}</strong> le{" "}
          {formaterDate(consentement.retireLe ?? consentement.creeLe)}.
        </p>
      )}
      {donnees ? (
        <>
          <p>
            Obtenues auprès de la DGFiP le {formaterDate(donnees.recupereLe)}, pour les revenus {donnees.anneeRevenus}{" "}
            (effacées au plus tard le {formaterDate(donnees.expireLe)}) :
          </p>
          <ul className="list-disc pl-6 space-y-1">
            {donneesDemandees("franceconnect").map((d) => (
              <li key={d.code}>{d.libelle}</li>
            ))}
          </ul>
          <p>
            Les agents {collectivite.de} les voient pour établir le tarif ; {titulaire} voit seulement le quotient
            familial commun, la tranche et le tarif.
          </p>
        </>
      ) : (
        <p>Aucune donnée fiscale vous concernant n&apos;est détenue.</p>
      )}
      {(consentement?.statut === "accorde" || donnees) && (
        <form method="post" action="/api/second-parent/retrait" className="space-y-3">
          <input type="hidden" name="jeton" value={jeton} />
          <div className="flex gap-3 items-start">
            <input
              id="confirmation-retrait"
              type="checkbox"
              name="confirmation"
              value="oui"
              required
              className="mt-1 h-5 w-5 shrink-0 accent-primaire"
            />
            <label htmlFor="confirmation-retrait">
              Je retire mon accord et je demande l&apos;effacement de mes données fiscales
            </label>
          </div>
          <Bouton variante="danger">Retirer mon accord</Bouton>
        </form>
      )}
    </section>
  );
}
