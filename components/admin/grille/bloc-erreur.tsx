"use client";

import { ErreurChamp } from "@/components/ui/erreur-champ";
import { useEtatFormulaire } from "@/components/ui/formulaire";

/** The error of a group of fields (all the columns, all the brackets), shown at the top of its fieldset. */
function BlocErreur({ nom }: { nom: string }) {
  return <ErreurChamp id={`champ-${nom}-erreur`} erreurs={useEtatFormulaire().erreurs?.[nom]} />;
}

/** The `<fieldset>` of a group whose error targets it: the summary links to `#champ-<nom>`. */
export function Groupe({
  nom,
  legende,
  children,
  className = "",
}: {
  nom: string;
  legende: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  const erreurs = useEtatFormulaire().erreurs?.[nom];
  return (
    <fieldset
      id={`champ-${nom}`}
      aria-describedby={erreurs?.length ? `champ-${nom}-erreur` : undefined}
      className={`rounded-lg border border-bordure bg-white p-4 space-y-4 ${className}`}
    >
      <legend className="px-1 text-lg font-bold">{legende}</legend>
      <BlocErreur nom={nom} />
      {children}
    </fieldset>
  );
}
