"use client";

import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import type { EtatFormulaire } from "@/lib/server/etat-formulaire";

/** The one field of step 2 (a TOTP code or a recovery code) or of enrolment (a TOTP code). */
export function FormulaireCode({
  action,
  retour,
  secours = false,
  bouton,
}: {
  action: (e: EtatFormulaire, f: FormData) => Promise<EtatFormulaire>;
  retour?: string;
  secours?: boolean;
  bouton: string;
}) {
  return (
    <Formulaire action={action}>
      {retour && <input type="hidden" name="retour" value={retour} />}
      <ChampCode secours={secours} />
      <Bouton>{bouton}</Bouton>
    </Formulaire>
  );
}

export function ChampCode({ secours = false }: { secours?: boolean }) {
  return (
    <Champ
      nom="code"
      libelle={secours ? "Code à 6 chiffres ou code de secours" : "Code à 6 chiffres"}
      aide={
        secours
          ? "Exemple : 123456, ou un code de secours comme ABCD-EFGH-JKMN-PQRS."
          : "Le code affiché par l'application, par exemple 123456."
      }
      autoComplete="one-time-code"
      inputMode={secours ? "text" : "numeric"}
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={40}
      required
    />
  );
}
