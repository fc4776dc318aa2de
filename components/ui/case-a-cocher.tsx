"use client";

import type { ComponentProps, ReactNode } from "react";
import { useEtatFormulaire } from "./formulaire";

/** A checkbox with its label on the right, its help text and its error tied to it. */
export function CaseACocher({
  nom,
  libelle,
  aide,
  valeur = "oui",
  coche,
  ...props
}: Omit<ComponentProps<"input">, "name" | "type" | "defaultChecked" | "value"> & { nom: string; libelle: ReactNode; aide?: ReactNode; valeur?: string; coche?: boolean }) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.[nom];
  const id = props.id ?? `case-${nom}-${valeur}`;
  const saisi = etat.valeurs?.[nom];
  const cocheeApresErreur = saisi === undefined ? undefined : Array.isArray(saisi) ? saisi.includes(valeur) : saisi === valeur;
  const decrit = [aide ? `${id}-aide` : null, erreurs?.length ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex gap-3 items-start">
      <input
        {...props}
        id={id}
        type="checkbox"
        name={nom}
        value={valeur}
        defaultChecked={etat.statut === "erreur" && etat.valeurs ? Boolean(cocheeApresErreur) : coche}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decrit}
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
        {erreurs?.length ? (
          <p id={`${id}-erreur`} className="mt-1 text-erreur font-semibold">
            {erreurs.join(" ")}
          </p>
        ) : null}
      </div>
    </div>
  );
}
