"use client";

import type { ComponentProps, ReactNode } from "react";

import { EnveloppeChamp, useChamp } from "./enveloppe-champ";
import { classesSaisie } from "./erreur-champ";

/** A labelled <select> whose error (from the action's result) is shown next to it. */
export function ListeDeroulante({
  nom,
  libelle,
  options,
  aide,
  valeurParDefaut,
  vide = "Choisir…",
  ...props
}: Omit<ComponentProps<"select">, "name" | "defaultValue"> & {
  nom: string;
  libelle: ReactNode;
  options: { valeur: string; libelle: string }[];
  aide?: ReactNode;
  valeurParDefaut?: string;
  vide?: string | null;
}) {
  const c = useChamp(nom, props.id, aide);
  const valeur = c.saisi ?? valeurParDefaut ?? "";
  return (
    <EnveloppeChamp id={c.id} libelle={libelle} aide={aide} erreurs={c.erreurs}>
      {/* React applies a select's defaultValue only when it mounts, then resets the form after each action: without
          a new key per value, the list would fall back to the value it first showed and a second save would undo
          the first. */}
      <select key={valeur} {...props} {...c.attributs} defaultValue={valeur} className={classesSaisie}>
        {vide !== null && <option value="">{vide}</option>}
        {options.map((o) => (
          <option key={o.valeur} value={o.valeur}>
            {o.libelle}
          </option>
        ))}
      </select>
    </EnveloppeChamp>
  );
}
