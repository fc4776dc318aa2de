"use client";

import { useNomCollectivite } from "@/components/layout/nom-collectivite";
import { Bouton } from "@/components/ui/bouton";

/** The second parent's own consent, then FranceConnect with prompt=login (their own identity, not the first parent's). */
export function FormulaireAutorisationSecondParent({
  prenom,
  champs,
}: {
  prenom: string;
  champs: Record<string, string>;
}) {
  const collectivite = useNomCollectivite();
  return (
    <form method="post" action="/api/franceconnect/donnees" className="space-y-4">
      {Object.entries(champs).map(([nom, valeur]) => (
        <input key={nom} type="hidden" name={nom} value={valeur} />
      ))}
      <input type="hidden" name="rang" value="2" />
      <div className="flex gap-3 items-start">
        <input
          id="accord-second"
          type="checkbox"
          name="accord"
          value="oui"
          required
          className="mt-1 h-5 w-5 shrink-0 accent-primaire"
        />
        <label htmlFor="accord-second" className="font-semibold">
          Moi, {prenom}, j&apos;accepte que {collectivite.sujet} obtienne ces données auprès de la DGFiP
        </label>
      </div>
      <p className="text-sm text-attenue">FranceConnect vous demandera de vous identifier avec votre propre compte.</p>
      <Bouton>Autoriser et m&apos;identifier avec FranceConnect</Bouton>
    </form>
  );
}
