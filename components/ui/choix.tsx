"use client";

import type { ReactNode } from "react";

import { decritPar, ErreurChamp } from "./erreur-champ";
import { useEtatFormulaire, useIdChamp } from "./formulaire";

export interface OptionChoix {
  valeur: string;
  libelle: string;
}

/** What was submitted for `nom` (after an action) or the defaults: a submitted form that lacks the key means "none checked". */
function cochees(
  valeurs: Record<string, string | string[]> | undefined,
  nom: string,
  defaut: readonly string[],
): string[] {
  if (!valeurs) return [...defaut];
  const v = valeurs[nom];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * A group of radio buttons (`multiple` false) or checkboxes (`multiple` true) in a fieldset whose legend names the
 * question; the error is tied to the group. Checkboxes submit the key once per checked box.
 */
export function Choix({
  nom,
  legende,
  aide,
  options,
  valeursParDefaut = [],
  multiple = false,
  enLigne = false,
}: {
  nom: string;
  legende: ReactNode;
  aide?: ReactNode;
  options: readonly OptionChoix[];
  valeursParDefaut?: readonly string[];
  multiple?: boolean;
  enLigne?: boolean;
}) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.[nom];
  const id = useIdChamp(nom);
  const actives = cochees(etat.valeurs, nom, valeursParDefaut);
  return (
    <fieldset id={id} aria-describedby={decritPar(id, aide, erreurs)}>
      <legend className="font-semibold">{legende}</legend>
      {aide && (
        <p id={`${id}-aide`} className="text-sm text-attenue">
          {aide}
        </p>
      )}
      <div className={enLigne ? "mt-1 flex flex-wrap gap-x-5 gap-y-1" : "mt-1 space-y-1"}>
        {options.map((o) => (
          <label key={o.valeur} className="flex items-center gap-2 min-h-11">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={nom}
              value={o.valeur}
              defaultChecked={actives.includes(o.valeur)}
              className="h-5 w-5 accent-primaire"
            />
            {o.libelle}
          </label>
        ))}
      </div>
      <ErreurChamp id={`${id}-erreur`} erreurs={erreurs} />
    </fieldset>
  );
}
