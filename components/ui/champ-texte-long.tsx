"use client";

import type { ComponentProps, ReactNode } from "react";

import { EnveloppeChamp, useChamp } from "./enveloppe-champ";
import { classesSaisie } from "./erreur-champ";

/** A labelled <textarea>, same contract as Champ. */
export function ChampTexteLong({
  nom,
  libelle,
  aide,
  valeurParDefaut,
  ...props
}: Omit<ComponentProps<"textarea">, "name" | "defaultValue"> & {
  nom: string;
  libelle: ReactNode;
  aide?: ReactNode;
  valeurParDefaut?: string;
}) {
  const c = useChamp(nom, props.id, aide);
  return (
    <EnveloppeChamp id={c.id} libelle={libelle} aide={aide} erreurs={c.erreurs}>
      <textarea
        rows={3}
        {...props}
        {...c.attributs}
        defaultValue={c.saisi ?? valeurParDefaut}
        className={classesSaisie}
      />
    </EnveloppeChamp>
  );
}
