"use client";

import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import type { EtatFormulaire } from "@/lib/server/etat-formulaire";

export function FormulaireConnexion({
  action,
  retour,
}: {
  action: (e: EtatFormulaire, f: FormData) => Promise<EtatFormulaire>;
  retour?: string;
}) {
  return (
    <Formulaire action={action}>
      {retour && <input type="hidden" name="retour" value={retour} />}
      <Champ
        nom="email"
        libelle="Adresse électronique"
        type="email"
        autoComplete="username"
        aide="Format attendu : nom@domaine.fr"
        required
      />
      <Champ nom="motDePasse" libelle="Mot de passe" type="password" autoComplete="current-password" required />
      <Bouton>Se connecter</Bouton>
    </Formulaire>
  );
}
