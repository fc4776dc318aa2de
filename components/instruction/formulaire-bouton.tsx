"use client";

// One button that runs a server action with a few hidden fields (take, release, next dossier): a real form, so it
// works without JavaScript; the outcome is announced next to the button.
import type { ReactNode } from "react";

import { Bouton, type Variante } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import type { EtatFormulaire } from "@/lib/server/etat-formulaire";

export function FormulaireBouton({
  action,
  champs,
  children,
  variante = "primaire",
}: {
  action: (e: EtatFormulaire, f: FormData) => Promise<EtatFormulaire>;
  champs: Record<string, string>;
  children: ReactNode;
  variante?: Variante;
}) {
  return (
    <Formulaire action={action} className="space-y-2">
      {Object.entries(champs).map(([nom, valeur]) => (
        <input key={nom} type="hidden" name={nom} value={valeur} />
      ))}
      <Bouton variante={variante}>{children}</Bouton>
    </Formulaire>
  );
}
