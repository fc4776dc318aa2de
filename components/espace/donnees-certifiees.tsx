import { libelleAdresseFiscale, libelleAnneeRevenus } from "@/lib/fiscal/domain/annee-fiscale";
import { libelleSituationFamille } from "@/lib/fiscal/domain/situation-famille";
import type { InstantaneFiscalVue } from "@/lib/fiscal/instantane-fiscal.vue";
import { formaterEurosEntiers, formaterNombre } from "@/lib/format";

const SOURCES: Record<InstantaneFiscalVue["source"], string> = {
  dgfip_franceconnect: "certifié DGFiP (via FranceConnect)",
  dgfip_spi: "certifié DGFiP (numéro fiscal)",
  saisie_agent: "saisi par un agent d'après votre avis",
};

/**
 * The tax data held for one foyer fiscal, each datum with its source and income year (a fallback year said as
 * such: `anneeAttendue` is the year the commune's policy asks first).
 */
export function DonneesCertifiees({
  instantane,
  titre,
  anneeAttendue,
}: {
  instantane: InstantaneFiscalVue;
  titre: string;
  anneeAttendue: number | null;
}) {
  const revenus = libelleAnneeRevenus(instantane.anneeRevenus, anneeAttendue, instantane.source);
  const source = `${SOURCES[instantane.source]}, ${revenus}`;
  const lignes: [string, string | null][] = [
    ["Revenu fiscal de référence", instantane.rfr === null ? null : formaterEurosEntiers(instantane.rfr)],
    ["Nombre de parts", instantane.nbParts === null ? null : formaterNombre(instantane.nbParts)],
    ["Situation de famille", instantane.situationFamille ? libelleSituationFamille(instantane.situationFamille) : null],
    ["Personnes à charge", instantane.nbPersonnesCharge === null ? null : String(instantane.nbPersonnesCharge)],
    ["Parent isolé (case T)", instantane.parentIsole ? "Oui" : null],
    [libelleAdresseFiscale(instantane.anneeRevenus), instantane.adresseFiscale],
  ];
  return (
    <section className="rounded-lg border border-succes bg-white p-4" aria-label={titre}>
      <h3 className="font-bold">{titre}</h3>
      {instantane.situationsMultiples ? (
        <p className="mt-2">
          Plusieurs situations fiscales existent pour les {revenus} (mariage, décès…) : un agent examinera votre dossier
          ; rien n&apos;est deviné.
        </p>
      ) : (
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {lignes
            .filter(([, v]) => v !== null)
            .map(([libelle, valeur]) => (
              <div key={libelle}>
                <dt className="text-sm text-attenue">{libelle}</dt>
                <dd className="font-semibold">{valeur}</dd>
                <dd className="text-xs text-succes">{source}</dd>
              </div>
            ))}
        </dl>
      )}
    </section>
  );
}
