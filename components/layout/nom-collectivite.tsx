"use client";

import { createContext, useContext, type ReactNode } from "react";

import { formesDuNom, NOM_A_CONFIGURER, type FormesDuNom } from "@/lib/collectivite/domain/nom";

const Contexte = createContext<FormesDuNom>(formesDuNom(NOM_A_CONFIGURER));

/** The collectivité's name (from its settings, read once by the root layout) for client components and error pages. */
export function NomCollectiviteFourni({ formes, children }: { formes: FormesDuNom; children: ReactNode }) {
  return <Contexte.Provider value={formes}>{children}</Contexte.Provider>;
}

export function useNomCollectivite(): FormesDuNom {
  return useContext(Contexte);
}
