"use client";

import { useNomCollectivite } from "@/components/layout/nom-collectivite";
import {
  donneesDemandees,
  FINALITE,
  FOURNISSEUR,
  type ModeConsentement,
} from "@/lib/consentements/domain/consentement";

/** Exactly what will be fetched, from whom, for which year and why — shown before any tax data moves. */
export function ConsentementDgfip({
  annees,
  conservation,
  pour,
  secondParent,
  mode = "franceconnect",
}: {
  annees: string;
  /** As configured: "400 jours". */
  conservation: string;
  pour?: string;
  /** The second parent consents for their own foyer fiscal: who will see what, and how they withdraw. */
  secondParent?: { titulaire: string };
  /** SPI mode also keeps the revenu imposable. */
  mode?: ModeConsentement;
}) {
  const collectivite = useNomCollectivite();
  return (
    <div className="space-y-3">
      <p>
        Avec votre accord, {collectivite.sujet} obtient {pour ? `pour ${pour} ` : ""}auprès de{" "}
        <strong>{FOURNISSEUR}</strong>, pour <strong>{annees}</strong>, uniquement :
      </p>
      <ul className="list-disc pl-6 space-y-1">
        {donneesDemandees(mode).map((d) => (
          <li key={d.code}>
            {d.libelle} <span className="text-attenue">({d.pourquoi})</span>
          </li>
        ))}
      </ul>
      <p>
        <strong>Pourquoi :</strong> {FINALITE}
      </p>
      {secondParent ? (
        <>
          <p>
            <strong>Qui verra quoi :</strong> les agents {collectivite.de} chargés des inscriptions voient ces données
            pour établir le tarif. {secondParent.titulaire}, qui inscrit les enfants, ne les voit pas : seulement le
            quotient familial commun, la tranche et le tarif qui en résultent.
          </p>
          <p>
            Ces données sont conservées {conservation} au plus, puis effacées. Vous pouvez retirer votre accord à tout
            moment depuis le lien d&apos;autorisation reçu par courriel (l&apos;autre parent peut vous l&apos;envoyer) :
            elles sont alors effacées. Aucune autre donnée n&apos;est demandée.
          </p>
        </>
      ) : (
        <p>
          Ces données sont conservées {conservation} au plus, puis effacées. Vous pouvez retirer votre accord à tout
          moment depuis « Mes données fiscales » : elles sont alors effacées. Aucune autre donnée n&apos;est demandée.
        </p>
      )}
    </div>
  );
}
