// What publishing would change for the families whose price is current on this activity: counts, then the list.
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { formaterPrix } from "@/lib/tarifs/domain/format-fr";
import { LIBELLES_NON_RECALCULABLE } from "@/lib/tarifs/domain/recalcul";
import type { ImpactVersion as Impact } from "@/lib/tarifs/impact-version.query";

const signe = (c: number) => (c > 0 ? `+${formaterPrix(c)}` : c < 0 ? `−${formaterPrix(-c)}` : "inchangé");
const court = (id: string) => id.slice(0, 8);

export function ImpactVersion({ impact, unite }: { impact: Impact; unite: string }) {
  const c = impact.compte;
  const cartes = [
    ["En hausse", c.hausse],
    ["En baisse", c.baisse],
    ["Inchangés", c.inchange],
    ["Non recalculables", c.nonRecalculable],
  ] as const;
  return (
    <div className="space-y-4">
      <p>
        {c.total === 0
          ? "Aucune famille n'a de tarif en cours sur cette activité : la publication ne change aucun prix déjà fixé."
          : `${c.total} tarif${c.total > 1 ? "s" : ""} en cours (${c.foyers} foyer${c.foyers > 1 ? "s" : ""}). Les prix déjà fixés ne changent pas : ces écarts s'appliqueraient aux prochains calculs (réinscription, recalcul annuel).`}
      </p>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Effet sur les tarifs en cours">
        {cartes.map(([libelle, n]) => (
          <li key={libelle} className="rounded-md border border-bordure bg-white p-3">
            <span className="block text-2xl font-bold">{n}</span>
            {libelle}
          </li>
        ))}
      </ul>
      {impact.lignes.length > 0 && (
        <>
          <p>
            Écart total : {signe(impact.ecartTotalCentimes)} {unite} pour l&apos;ensemble des familles.
          </p>
          <TableauDefilant nom="Tarifs en cours recalculés">
            <table className={t.table}>
              <EnTeteTableau colonnes={["Inscription", "Version actuelle", "Prix actuel", "Nouveau prix", "Écart"]} />
              <tbody>
                {impact.lignes.map((l) => (
                  <tr key={l.tarifId}>
                    <th scope="row" className={`${t.td} font-normal`}>
                      n° {court(l.inscriptionId)}{" "}
                      <span className="text-sm text-attenue">(foyer {court(l.foyerId)})</span>
                    </th>
                    <td className={t.td}>{l.versionActuelle}</td>
                    <td className={t.td}>{formaterPrix(l.ancienCentimes)}</td>
                    <td className={t.td}>{formaterPrix(l.nouveauCentimes)}</td>
                    <td className={t.td}>{signe(l.ecartCentimes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableauDefilant>
        </>
      )}
      {impact.nonRecalculables.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {impact.nonRecalculables.map((n) => (
            <li key={n.tarifId}>
              Inscription n° {court(n.inscriptionId)} : non recalculable, {LIBELLES_NON_RECALCULABLE[n.motif]}.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
