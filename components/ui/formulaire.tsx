"use client";

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";

import {
  champsEnErreur,
  ETAT_INITIAL,
  MESSAGE_CHAMPS_EN_ERREUR,
  type EtatFormulaire,
} from "@/lib/server/etat-formulaire";
import { Alerte } from "./alerte";

const Contexte = createContext<EtatFormulaire>(ETAT_INITIAL);
/** A field's id is its form's prefix and its name: the summary of errors can then link to each field. */
const PrefixeIds = createContext("champ-");

export function useEtatFormulaire() {
  return useContext(Contexte);
}

/** The id of the field `nom` in its form (`champ-nom`, or the form's own prefix when two forms share a page). */
export function useIdChamp(nom: string, idDonne?: string): string {
  const prefixe = useContext(PrefixeIds);
  return idDonne ?? `${prefixe}${nom}`;
}

/**
 * Gives fields a state computed elsewhere: a GET form read by a server page (a search, a calculator) shows its
 * errors and values next to the fields with the same primitives as an action's form.
 */
export function EtatFormulaireFourni({ etat, children }: { etat: EtatFormulaire; children: ReactNode }) {
  return <Contexte.Provider value={etat}>{children}</Contexte.Provider>;
}

// A failure that names no field (a form-level check, a field the form does not show) has nothing to correct.
const ENVOI_NON_TRAITE =
  "Votre envoi n'a pas pu être traité : rechargez la page et recommencez ; rien n'a été enregistré.";

/**
 * The form-level summary, only when fields are in error: their count, then each error as a link to its field
 * (`champ-<nom>`, the id the field primitives give), so that keyboard and screen-reader users reach it at once.
 */
function ResumeErreursChamps({
  message,
  erreurs,
  liste,
  prefixe,
}: {
  message: string | undefined;
  erreurs: [string, string[]][];
  liste: boolean;
  prefixe: string;
}) {
  const n = erreurs.reduce((s, [, m]) => s + m.length, 0);
  return (
    <Alerte type="erreur" annoncer titre={message ?? MESSAGE_CHAMPS_EN_ERREUR}>
      {liste && <p>{n === 1 ? "1 erreur à corriger" : `${n} erreurs à corriger`}</p>}
      {liste && (
        <ul className="list-disc space-y-1 pl-5">
          {erreurs.flatMap(([champ, messages]) =>
            messages.map((m, k) => (
              <li key={`${champ}-${k}`}>
                <a className="underline underline-offset-4" href={`#${prefixe}${champ}`}>
                  {m}
                </a>
              </li>
            )),
          )}
        </ul>
      )}
    </Alerte>
  );
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
  resumeChamps = true,
  prefixeIds = "champ-",
}: {
  action: (etat: EtatFormulaire, f: FormData) => Promise<EtatFormulaire>;
  children: ReactNode;
  messageSucces?: string;
  className?: string;
  etatInitial?: EtatFormulaire;
  encType?: "multipart/form-data";
  /** false when the form lists its field errors itself, with its own labels (the grid editor). */
  resumeChamps?: boolean;
  /** Prefix of the fields' ids, when several forms of one page have fields of the same name. */
  prefixeIds?: string;
}) {
  const [etat, envoyer, enCours] = useActionState(action, etatInitial);
  const bilan = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (etat.statut !== "inactif") bilan.current?.focus();
  }, [etat]);
  const message = etat.message ?? (etat.statut === "succes" ? messageSucces : undefined);
  const enErreur = etat.statut === "erreur" ? champsEnErreur(etat) : [];
  return (
    <Contexte.Provider value={etat}>
      <PrefixeIds.Provider value={prefixeIds}>
        <form action={envoyer} className={className} aria-busy={enCours} noValidate encType={encType}>
          <div ref={bilan} tabIndex={-1} className="outline-none">
            {enErreur.length > 0 ? (
              <ResumeErreursChamps message={message} erreurs={enErreur} liste={resumeChamps} prefixe={prefixeIds} />
            ) : (
              message && (
                <Alerte type={etat.statut === "erreur" ? "erreur" : "succes"} annoncer>
                  {message === MESSAGE_CHAMPS_EN_ERREUR ? ENVOI_NON_TRAITE : message}
                </Alerte>
              )
            )}
          </div>
          {children}
        </form>
      </PrefixeIds.Provider>
    </Contexte.Provider>
  );
}
