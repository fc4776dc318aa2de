import type { Metadata } from "next";

import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { demanderReinitialisation } from "@/lib/comptes/mot-de-passe-oublie.action";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function MotDePasseOublie() {
  return (
    <div className="max-w-xl space-y-6">
      <TitrePage chapo="Recevez par courriel un lien pour choisir un nouveau mot de passe.">
        Mot de passe oublié
      </TitrePage>
      <Formulaire action={demanderReinitialisation}>
        <Champ
          nom="email"
          libelle="Adresse électronique du compte"
          type="email"
          autoComplete="email"
          aide="Format attendu : nom@domaine.fr"
          required
        />
        <Bouton>Recevoir le lien</Bouton>
      </Formulaire>
    </div>
  );
}
