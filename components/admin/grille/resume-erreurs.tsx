"use client";

import { useEtatFormulaire } from "@/components/ui/formulaire";
import { libelleDuChamp } from "@/lib/tarifs/editeur/libelles";
import type { GrilleEditee } from "@/lib/tarifs/editeur/modele";

/** Every field error of the editor, each a link to its field, in the order of the page. */
export function ResumeErreurs({ grille }: { grille: GrilleEditee }) {
  const erreurs = Object.entries(useEtatFormulaire().erreurs ?? {}).filter((e): e is [string, string[]] =>
    Boolean(e[1]?.length),
  );
  if (erreurs.length === 0) return null;
  const n = erreurs.reduce((s, [, m]) => s + m.length, 0);
  return (
    <div className="rounded-md border-2 border-erreur bg-white p-4">
      <h3 className="font-bold text-erreur">{n === 1 ? "1 erreur à corriger" : `${n} erreurs à corriger`}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {erreurs.flatMap(([champ, messages]) =>
          messages.map((m, k) => (
            <li key={`${champ}-${k}`}>
              {champ ? (
                <a className="text-primaire underline underline-offset-4" href={`#champ-${champ}`}>
                  {libelleDuChamp(champ, grille)}
                </a>
              ) : (
                libelleDuChamp(champ, grille)
              )}{" "}
              : {m}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
