import { libelleAnneeRevenus } from "@/lib/fiscal/domain/annee-fiscale";
import type { InstantaneFiscalVue } from "@/lib/fiscal/instantane-fiscal.vue";

/**
 * The other parent's foyer fiscal, as the account holder sees it: only that its data was obtained, and for which
 * year. Its raw data (RFR, parts, situation, address, declarants) is theirs alone: the holder sees what is derived
 * from it (the combined quotient, the bracket and the price, in each price's explanation). Takes the snapshot's
 * year only, so that no raw datum can reach this page by accident.
 */
export function DonneesAutreFoyer({
  prenom,
  anneeRevenus,
  anneeAttendue,
}: {
  prenom: string;
  anneeRevenus: InstantaneFiscalVue["anneeRevenus"];
  /** The year the policy asks first: an older year is said to be the fallback year. */
  anneeAttendue: number | null;
}) {
  const titre = `Foyer fiscal de ${prenom}`;
  return (
    <section className="rounded-lg border border-succes bg-white p-4" aria-label={titre}>
      <h3 className="font-bold">{titre}</h3>
      <p className="mt-2">
        Données obtenues auprès de la DGFiP avec l&apos;accord de {prenom} (
        {libelleAnneeRevenus(anneeRevenus, anneeAttendue)}). Elles comptent dans le quotient familial commun ; par
        respect de sa vie privée, elles ne vous sont pas montrées : vous voyez le quotient, la tranche et le tarif qui
        en résultent.
      </p>
    </section>
  );
}
