"use client";

import type { ComponentProps, ReactNode } from "react";
import { classesSaisie, decritPar, ErreurChamp } from "./erreur-champ";
import { useEtatFormulaire } from "./formulaire";

/** A labelled <textarea>, same contract as Champ. */
export function ChampTexteLong({
  nom,
  libelle,
  aide,
  valeurParDefaut,
  ...props
}: Omit<ComponentProps<"textarea">, "name" | "defaultValue"> & { nom: string; libelle: ReactNode; aide?: ReactNode; valeurParDefaut?: string }) {
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
      <textarea
        rows={3}
        {...props}
        id={id}
        name={nom}
        defaultValue={typeof saisi === "string" ? saisi : valeurParDefaut}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decritPar(id, aide, erreurs)}
        className={classesSaisie}
      />
      <ErreurChamp id={`${id}-erreur`} erreurs={erreurs} />
    </div>
  );
}
