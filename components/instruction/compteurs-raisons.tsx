// Where the work is: one link per reason with its count (for the other filters), the chosen one marked current.
import type { Route } from "next";
import Link from "next/link";

import { chaineDeRecherche, type FiltresFile } from "@/lib/instruction/domain/filtres-file";
import { RAISONS_DOSSIER, type RaisonDossier } from "@/lib/instruction/domain/statuts";
import { LIBELLES_RAISON } from "@/lib/instruction/libelles";

export function CompteursRaisons({
  filtres,
  compteParRaison,
}: {
  filtres: FiltresFile;
  compteParRaison: Record<RaisonDossier, number>;
}) {
  const presentes = RAISONS_DOSSIER.filter((r) => compteParRaison[r] > 0 || r === filtres.raison);
  if (presentes.length === 0) return null;
  return (
    <nav aria-labelledby="titre-motifs">
      <h2 id="titre-motifs" className="text-xl font-bold">
        Dossiers par motif
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {filtres.raison && (
          <li>
            <Link
              href={`/agent${chaineDeRecherche(filtres, { raison: null, page: 1 })}` as Route}
              className="inline-block rounded-md border-2 border-primaire px-3 py-1.5 text-primaire underline-offset-4 hover:underline"
            >
              Tous les motifs
            </Link>
          </li>
        )}
        {presentes.map((r) => {
          const courant = r === filtres.raison;
          return (
            <li key={r}>
              <Link
                href={`/agent${chaineDeRecherche(filtres, { raison: r, page: 1 })}` as Route}
                aria-current={courant ? "page" : undefined}
                className={`inline-block rounded-md border-2 px-3 py-1.5 underline-offset-4 hover:underline ${courant ? "border-primaire-fonce bg-primaire-fonce text-white" : "border-bordure bg-white text-texte"}`}
              >
                {LIBELLES_RAISON[r]} <span className="font-bold">({compteParRaison[r]})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
