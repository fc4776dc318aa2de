"use client";

import { useEtatFormulaire } from "@/components/ui/formulaire";
import { LIBELLES_TYPE_DOCUMENT, TYPES_DOCUMENT, type TypeDocument } from "@/lib/documents/schemas";

/** The kind of document, as a labelled select whose error (from the action) is shown next to it. */
export function ChoixTypeDocument({
  types = TYPES_DOCUMENT,
  parDefaut,
}: {
  types?: readonly TypeDocument[];
  parDefaut?: TypeDocument;
}) {
  const etat = useEtatFormulaire();
  const erreurs = etat.erreurs?.type;
  const saisi = etat.valeurs?.type;
  const valeur = typeof saisi === "string" ? saisi : (parDefaut ?? "");
  return (
    <div>
      <label htmlFor="champ-type" className="block font-semibold">
        Nature de la pièce
      </label>
      <select
        id="champ-type"
        name="type"
        // A new key after each answer, so that the kept choice is shown again after a refused upload.
        key={`${etat.statut}-${valeur}`}
        defaultValue={valeur}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={erreurs?.length ? "champ-type-erreur" : undefined}
        className="mt-1 block w-full rounded-md border-2 border-bordure bg-white px-3 py-2 text-base aria-[invalid=true]:border-erreur"
      >
        {!parDefaut && <option value="">Choisissez…</option>}
        {types.map((t) => (
          <option key={t} value={t}>
            {LIBELLES_TYPE_DOCUMENT[t]}
          </option>
        ))}
      </select>
      {erreurs?.length ? (
        <p id="champ-type-erreur" className="mt-1 text-erreur font-semibold">
          {erreurs.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
