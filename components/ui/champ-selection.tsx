"use client";

import type { ComponentProps, ReactNode } from "react";
import { classesSaisie, decritPar, ErreurChamp } from "./erreur-champ";
import { useEtatFormulaire } from "./formulaire";

export interface OptionChoix {
  valeur: string;
  libelle: string;
}

/** A labelled <select>, same contract as Champ: error next to it, value typed kept after an error. */
export function ChampSelection({
  nom,
  libelle,
  aide,
  options,
  valeurParDefaut,
  ...props
}: Omit<ComponentProps<"select">, "name" | "defaultValue" | "children"> & { nom: string; libelle: ReactNode; aide?: ReactNode; options: readonly OptionChoix[]; valeurParDefaut?: string }) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.[nom];
  const id = props.id ?? `champ-${nom}`;
  const saisi = etat.valeurs?.[nom];
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {libelle}
      </label>
      {aide && (
        <p id={`${id}-aide`} className="text-sm text-attenue">
          {aide}
        </p>
      )}
      <select
        {...props}
        id={id}
        name={nom}
        defaultValue={typeof saisi === "string" ? saisi : valeurParDefaut}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decritPar(id, aide, erreurs)}
        className={classesSaisie}
      >
        {options.map((o) => (
          <option key={o.valeur} value={o.valeur}>
            {o.libelle}
          </option>
        ))}
      </select>
      <ErreurChamp id={`${id}-erreur`} erreurs={erreurs} />
    </div>
  );
}
