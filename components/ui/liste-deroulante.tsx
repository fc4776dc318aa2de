"use client";

import type { ComponentProps, ReactNode } from "react";
import { useEtatFormulaire } from "./formulaire";

/** A labelled <select> whose error (from the action's result) is shown next to it. */
export function ListeDeroulante({
  nom,
  libelle,
  options,
  aide,
  valeurParDefaut,
  vide = "Choisir…",
  ...props
}: Omit<ComponentProps<"select">, "name" | "defaultValue"> & { nom: string; libelle: ReactNode; options: { valeur: string; libelle: string }[]; aide?: ReactNode; valeurParDefaut?: string; vide?: string | null }) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.[nom];
  const id = props.id ?? `champ-${nom}`;
  const saisi = etat.valeurs?.[nom];
  const decrit = [aide ? `${id}-aide` : null, erreurs?.length ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
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
        defaultValue={typeof saisi === "string" ? saisi : (valeurParDefaut ?? "")}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decrit}
        className="mt-1 block w-full rounded-md border-2 border-bordure bg-white px-3 py-2 text-base aria-[invalid=true]:border-erreur"
      >
        {vide !== null && <option value="">{vide}</option>}
        {options.map((o) => (
          <option key={o.valeur} value={o.valeur}>
            {o.libelle}
          </option>
        ))}
      </select>
      {erreurs?.length ? (
        <p id={`${id}-erreur`} className="mt-1 text-erreur font-semibold">
          {erreurs.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
