"use client";

import type { ComponentProps, ReactNode } from "react";
import { EnveloppeChamp, useChamp } from "./enveloppe-champ";
import { classesSaisie } from "./erreur-champ";

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
  const c = useChamp(nom, props.id, aide);
  return (
    <EnveloppeChamp id={c.id} libelle={libelle} aide={aide} erreurs={c.erreurs}>
      <select {...props} {...c.attributs} defaultValue={c.saisi ?? valeurParDefaut} className={classesSaisie}>
        {options.map((o) => (
          <option key={o.valeur} value={o.valeur}>
            {o.libelle}
          </option>
        ))}
      </select>
    </EnveloppeChamp>
  );
}
