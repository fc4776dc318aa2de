import type { ReactNode } from "react";

import { Lien } from "@/components/ui/lien";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";

/** From an activity row: its grid when it has one (`texte`), otherwise the way to create it. */
export function LienGrille({
  activite: a,
  texte,
}: {
  activite: { id: string; nom: string; grilleId: string | null };
  texte: ReactNode;
}) {
  return a.grilleId ? (
    <Lien href={CHEMINS_ADMIN.grille(a.grilleId)}>
      {texte}
      <span className="sr-only"> : grille de {a.nom}</span>
    </Lien>
  ) : (
    <Lien href={CHEMINS_ADMIN.nouvelleGrille(a.id)}>
      Créer la grille<span className="sr-only"> de {a.nom}</span>
    </Lien>
  );
}
