import type { Route } from "next";
import Link from "next/link";

import { chaineDeRecherche, type FiltresFile, type Pagination } from "@/lib/instruction/domain/filtres-file";

const lien =
  "inline-block rounded-md border-2 border-primaire px-3 py-1.5 text-primaire underline-offset-4 hover:underline";

export function PaginationFile({ filtres, pagination }: { filtres: FiltresFile; pagination: Pagination }) {
  if (pagination.pages <= 1) return null;
  const { page, pages } = pagination;
  return (
    <nav aria-label="Pages de la file" className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link className={lien} href={`/agent${chaineDeRecherche(filtres, { page: page - 1 })}` as Route}>
          Page précédente
        </Link>
      )}
      <p>
        Page {page} sur {pages}
      </p>
      {page < pages && (
        <Link className={lien} href={`/agent${chaineDeRecherche(filtres, { page: page + 1 })}` as Route}>
          Page suivante
        </Link>
      )}
    </nav>
  );
}
