"use client";

import type { ReactNode } from "react";

import { decritPar, ErreurChamp } from "./erreur-champ";
import { useEtatFormulaire, useIdChamp } from "./formulaire";

/** What every field primitive reads from its form's state: its id, errors, the value typed before an error. */
export function useChamp(nom: string, idDonne: string | undefined, aide: ReactNode) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.[nom];
  const id = useIdChamp(nom, idDonne);
  const saisi = etat.valeurs?.[nom];
  return {
    id,
    erreurs,
    saisi: typeof saisi === "string" ? saisi : undefined,
    attributs: {
      id,
      name: nom,
      "aria-invalid": erreurs?.length ? true : undefined,
      "aria-describedby": decritPar(id, aide, erreurs),
    },
  };
}

/** Label above, help text, the control, then its error: the layout shared by the field primitives. */
export function EnveloppeChamp({
  id,
  libelle,
  aide,
  erreurs,
  children,
}: {
  id: string;
  libelle: ReactNode;
  aide?: ReactNode;
  erreurs?: string[];
  children: ReactNode;
}) {
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
      {children}
      <ErreurChamp id={`${id}-erreur`} erreurs={erreurs} />
    </div>
  );
}
