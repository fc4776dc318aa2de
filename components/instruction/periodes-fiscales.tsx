// Several situations in the year (death, marriage, PACS, divorce): the periods and dates the DGFiP's `multiple`
// resource returned, one line each, so that the agent sees them and chooses (issue 15, point 10).
import { decrirePeriode, type PeriodeFiscale } from "@/lib/fiscal/domain/periodes";

export function PeriodesFiscales({ periodes, retenue }: { periodes: PeriodeFiscale[]; retenue: boolean }) {
  if (periodes.length === 0) return null;
  return (
    <div className="space-y-1">
      <p>
        {retenue
          ? "Plusieurs situations dans l'année : la situation au 31 décembre (décès) a été retenue, d'après l'habilitation. Périodes rendues par la DGFiP :"
          : "Plusieurs situations dans l'année : aucune n'a été retenue automatiquement. Périodes rendues par la DGFiP :"}
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {periodes.map((p, i) => (
          <li key={i}>{decrirePeriode(p)}</li>
        ))}
      </ul>
    </div>
  );
}
