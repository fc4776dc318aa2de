"use client";

import type { ComponentProps, ReactNode } from "react";

import { EnveloppeChamp, useChamp } from "./enveloppe-champ";
import { classesSaisie } from "./erreur-champ";

/** A labelled input whose error (from the action's result) is shown next to it and tied with aria-describedby. */
export function Champ({
  nom,
  libelle,
  aide,
  type = "text",
  valeurParDefaut,
  ...props
}: Omit<ComponentProps<"input">, "name" | "defaultValue"> & {
  nom: string;
  libelle: ReactNode;
  aide?: ReactNode;
  valeurParDefaut?: string;
}) {
  const c = useChamp(nom, props.id, aide);
  return (
    <EnveloppeChamp id={c.id} libelle={libelle} aide={aide} erreurs={c.erreurs}>
      <input
        {...props}
        {...c.attributs}
        type={type}
        defaultValue={type === "password" ? undefined : (c.saisi ?? valeurParDefaut)}
        className={classesSaisie}
      />
    </EnveloppeChamp>
  );
}
