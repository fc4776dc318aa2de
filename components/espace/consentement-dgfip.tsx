import {
  donneesDemandees,
  FINALITE,
  FOURNISSEUR,
  type ModeConsentement,
} from "@/lib/consentements/domain/consentement";

/** Exactly what will be fetched, from whom, for which year and why — shown before any tax data moves. */
export function ConsentementDgfip({
  annees,
  conservationMois,
  pour,
  mode = "franceconnect",
}: {
  annees: string;
  conservationMois: number;
  pour?: string;
  /** SPI mode also keeps the revenu imposable. */
  mode?: ModeConsentement;
}) {
  return (
    <div className="space-y-3">
      <p>
        Avec votre accord, la collectivité obtient {pour ? `pour ${pour} ` : ""}auprès de <strong>{FOURNISSEUR}</strong>
        , pour <strong>{annees}</strong>, uniquement :
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
      <p>
        Ces données sont conservées {conservationMois} mois au plus, puis effacées. Vous pouvez retirer votre accord à
        tout moment depuis « Mes données fiscales » : elles sont alors effacées. Aucune autre donnée n&apos;est
        demandée.
      </p>
    </div>
  );
}
