import { expliquerEnFrancais } from "@/lib/tarifs/domain/explication-texte";
import type { ExplicationTarif } from "@/lib/tarifs/domain/explication.schema";

/** How a price was obtained, in plain French, collapsible (a <details> works without JavaScript). */
export function ExplicationTarifDetail({
  explication,
  resume = "Comment ce tarif est calculé",
  ouvert = false,
}: {
  explication: ExplicationTarif;
  resume?: string;
  /** Shown unfolded (the admin's preview), still foldable. */
  ouvert?: boolean;
}) {
  return (
    <details className="mt-1" open={ouvert}>
      <summary className="cursor-pointer text-primaire underline underline-offset-4">{resume}</summary>
      <ul className="mt-2 list-disc pl-6 space-y-1 text-sm">
        {expliquerEnFrancais(explication).map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </details>
  );
}
