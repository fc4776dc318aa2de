"use client";

// Form fields the design system does not have yet (a text area, a select, radio buttons), built like
// components/ui/champ.tsx: label tied to the control, help and error tied with aria-describedby, the action's
// error shown next to the field, what was typed put back after an error (also without JavaScript).
import type { ReactNode } from "react";

import { useEtatFormulaire, useIdChamp } from "@/components/ui/formulaire";

const classesSaisie =
  "mt-1 block w-full rounded-md border-2 border-bordure bg-white px-3 py-2 text-base aria-[invalid=true]:border-erreur";

function useChamp(nom: string, id: string, aide?: ReactNode) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.[nom];
  const saisi = etat.valeurs?.[nom];
  const decrit =
    [aide ? `${id}-aide` : null, erreurs?.length ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
  return { erreurs, saisi: typeof saisi === "string" ? saisi : undefined, decrit };
}

function Aide({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={`${id}-aide`} className="text-sm text-attenue">
      {children}
    </p>
  ) : null;
}

function Erreur({ id, erreurs }: { id: string; erreurs?: string[] }) {
  return erreurs?.length ? (
    <p id={`${id}-erreur`} className="mt-1 text-erreur font-semibold">
      {erreurs.join(" ")}
    </p>
  ) : null;
}

/** Label, help, the control, its error: the frame every field shares. */
function Cadre({
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
      <Aide id={id}>{aide}</Aide>
      {children}
      <Erreur id={id} erreurs={erreurs} />
    </div>
  );
}

export function ZoneDeTexte({
  nom,
  libelle,
  aide,
  id: idDonne,
  lignes = 4,
  requis = false,
  max,
}: {
  nom: string;
  libelle: ReactNode;
  aide?: ReactNode;
  id?: string;
  lignes?: number;
  requis?: boolean;
  max?: number;
}) {
  const id = useIdChamp(nom, idDonne);
  const { erreurs, saisi, decrit } = useChamp(nom, id, aide);
  return (
    <Cadre id={id} libelle={libelle} aide={aide} erreurs={erreurs}>
      <textarea
        id={id}
        name={nom}
        rows={lignes}
        required={requis}
        maxLength={max}
        defaultValue={saisi}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decrit}
        className={classesSaisie}
      />
    </Cadre>
  );
}

export function ListeDeroulante({
  nom,
  libelle,
  options,
  aide,
  id: idDonne,
  valeurParDefaut,
  requis = false,
}: {
  nom: string;
  libelle: ReactNode;
  options: { valeur: string; libelle: string }[];
  aide?: ReactNode;
  id?: string;
  valeurParDefaut?: string;
  requis?: boolean;
}) {
  const id = useIdChamp(nom, idDonne);
  const { erreurs, saisi, decrit } = useChamp(nom, id, aide);
  return (
    <Cadre id={id} libelle={libelle} aide={aide} erreurs={erreurs}>
      {/* A new key per value: React sets a select's default only at mount and resets the form after an action. */}
      <select
        key={saisi ?? valeurParDefaut}
        id={id}
        name={nom}
        required={requis}
        defaultValue={saisi ?? valeurParDefaut}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decrit}
        className={classesSaisie}
      >
        {options.map((o) => (
          <option key={o.valeur} value={o.valeur}>
            {o.libelle}
          </option>
        ))}
      </select>
    </Cadre>
  );
}

export function ChoixRadio({
  nom,
  legende,
  options,
  valeurParDefaut,
  id: idDonne,
}: {
  nom: string;
  legende: ReactNode;
  options: { valeur: string; libelle: string }[];
  valeurParDefaut: string;
  id?: string;
}) {
  const id = useIdChamp(nom, idDonne);
  const { erreurs, saisi } = useChamp(nom, id);
  const coche = saisi ?? valeurParDefaut;
  return (
    <fieldset id={id} aria-describedby={erreurs?.length ? `${id}-erreur` : undefined}>
      <legend className="font-semibold">{legende}</legend>
      <div className="mt-1 space-y-1">
        {options.map((o) => (
          <div key={o.valeur} className="flex items-center gap-2">
            <input
              type="radio"
              id={`${id}-${o.valeur}`}
              name={nom}
              value={o.valeur}
              defaultChecked={o.valeur === coche}
              className="h-5 w-5"
            />
            <label htmlFor={`${id}-${o.valeur}`}>{o.libelle}</label>
          </div>
        ))}
      </div>
      <Erreur id={id} erreurs={erreurs} />
    </fieldset>
  );
}

export function CaseACocher({ nom, libelle, id: idDonne }: { nom: string; libelle: ReactNode; id?: string }) {
  const id = useIdChamp(nom, idDonne);
  const { saisi } = useChamp(nom, id);
  return (
    <div className="flex items-center gap-2">
      <input type="checkbox" id={id} name={nom} defaultChecked={saisi === "on"} className="h-5 w-5" />
      <label htmlFor={id}>{libelle}</label>
    </div>
  );
}
