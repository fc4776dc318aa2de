"use client";

import type { ComponentProps, ReactNode } from "react";
import { classesSaisie, decritPar, ErreurChamp } from "./erreur-champ";
import { useEtatFormulaire } from "./formulaire";

/** A labelled input whose error (from the action's result) is shown next to it and tied with aria-describedby. */
export function Champ({
  nom,
  libelle,
  aide,
  type = "text",
  valeurParDefaut,
  ...props
}: Omit<ComponentProps<"input">, "name" | "defaultValue"> & { nom: string; libelle: ReactNode; aide?: ReactNode; valeurParDefaut?: string }) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.[nom];
  const id = props.id ?? `champ-${nom}`;
  const saisi = etat.valeurs?.[nom];
  const defaut = type === "password" ? undefined : typeof saisi === "string" ? saisi : valeurParDefaut;
  const decrit = decritPar(id, aide, erreurs);
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
      <input
        {...props}
        id={id}
        name={nom}
        type={type}
        defaultValue={defaut}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decrit}
        className={classesSaisie}
      />
      <ErreurChamp id={`${id}-erreur`} erreurs={erreurs} />
    </div>
  );
}
