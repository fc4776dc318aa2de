"use client";

import type { ComponentProps, ReactNode } from "react";

import { decritPar, ErreurChamp } from "./erreur-champ";
import { useEtatFormulaire } from "./formulaire";

/** A checkbox with its label on the right, its help text and its error tied to it. */
export function CaseACocher({
  nom,
  libelle,
  aide,
  valeur = "oui",
  coche,
  ...props
}: Omit<ComponentProps<"input">, "name" | "type" | "defaultChecked" | "value"> & {
  nom: string;
  libelle: ReactNode;
  aide?: ReactNode;
  valeur?: string;
  coche?: boolean;
}) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.[nom];
  const id = props.id ?? `case-${nom}-${valeur}`;
  const saisi = etat.valeurs?.[nom];
  // After an error the box shows what was sent (an unticked box sends nothing).
  const apresErreur =
    etat.statut === "erreur" && etat.valeurs
      ? Array.isArray(saisi)
        ? saisi.includes(valeur)
        : saisi === valeur
      : coche;
  return (
    <div className="flex gap-3 items-start">
      <input
        {...props}
        id={id}
        type="checkbox"
        name={nom}
        value={valeur}
        defaultChecked={apresErreur}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decritPar(id, aide, erreurs)}
        className="mt-1 h-5 w-5 shrink-0 accent-primaire"
      />
      <div>
        <label htmlFor={id} className="font-semibold">
          {libelle}
        </label>
        {aide && (
          <p id={`${id}-aide`} className="text-sm text-attenue">
            {aide}
          </p>
        )}
        <ErreurChamp id={`${id}-erreur`} erreurs={erreurs} />
      </div>
    </div>
  );
}
