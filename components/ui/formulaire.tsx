"use client";

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";

import { ETAT_INITIAL, type EtatFormulaire } from "@/lib/server/etat-formulaire";
import { Alerte } from "./alerte";

const Contexte = createContext<EtatFormulaire>(ETAT_INITIAL);

export function useEtatFormulaire() {
  return useContext(Contexte);
}

/**
 * Gives fields a state computed elsewhere: a GET form read by a server page (a search, a calculator) shows its
 * errors and values next to the fields with the same primitives as an action's form.
 */
export function EtatFormulaireFourni({ etat, children }: { etat: EtatFormulaire; children: ReactNode }) {
  return <Contexte.Provider value={etat}>{children}</Contexte.Provider>;
}

/**
 * A form bound to a server action through useActionState: it works without JavaScript (the page re-renders with
 * the action's result), announces the outcome to screen readers and, with JavaScript, moves focus to it.
 */
export function Formulaire({
  action,
  children,
  messageSucces,
  className = "space-y-5",
  etatInitial = ETAT_INITIAL,
  encType,
}: {
  action: (etat: EtatFormulaire, f: FormData) => Promise<EtatFormulaire>;
  children: ReactNode;
  messageSucces?: string;
  className?: string;
  etatInitial?: EtatFormulaire;
  encType?: "multipart/form-data";
}) {
  const [etat, envoyer, enCours] = useActionState(action, etatInitial);
  const bilan = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (etat.statut !== "inactif") bilan.current?.focus();
  }, [etat]);
  const message = etat.message ?? (etat.statut === "succes" ? messageSucces : undefined);
  return (
    <Contexte.Provider value={etat}>
      <form action={envoyer} className={className} aria-busy={enCours} noValidate encType={encType}>
        <div ref={bilan} tabIndex={-1} className="outline-none">
          {message && (
            <Alerte type={etat.statut === "erreur" ? "erreur" : "succes"} annoncer>
              {message}
            </Alerte>
          )}
        </div>
        {children}
      </form>
    </Contexte.Provider>
  );
}
