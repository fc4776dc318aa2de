"use client";

import type { ReactNode } from "react";

import { CaseACocher } from "@/components/ui/case-a-cocher";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";

const FREQUENCES = [
  { valeur: "reguliere", libelle: "Régulière" },
  { valeur: "occasionnelle", libelle: "Occasionnelle" },
];

/**
 * One activity offered to a child in the enrolment step: its box and its frequency. Both show the choice saved in
 * the request, or, after a refused round trip, the choice sent (with or without JavaScript), never a fixed default.
 */
export function ChoixActivite({
  cle,
  nom,
  detail,
  choisie,
  frequence,
}: {
  /** "enfantId:activiteId" */
  cle: string;
  nom: string;
  detail: ReactNode;
  choisie: boolean;
  frequence: string;
}) {
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2 items-start">
      <div className="flex-1 min-w-60">
        <CaseACocher id={`choix-${cle}`} nom="choix" valeur={cle} libelle={nom} aide={detail} coche={choisie} />
      </div>
      <ListeDeroulante
        id={`frequence-${cle}`}
        nom={`frequence:${cle}`}
        vide={null}
        libelle={
          <>
            Fréquence<span className="sr-only"> pour {nom}</span>
          </>
        }
        options={FREQUENCES}
        valeurParDefaut={frequence}
      />
    </div>
  );
}
