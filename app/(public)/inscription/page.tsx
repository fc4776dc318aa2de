import type { Metadata } from "next";
import Link from "next/link";

import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { creerCompteFamille } from "@/lib/comptes/creer-compte.action";

export const metadata: Metadata = { title: "Créer un compte famille" };

export default function Inscription() {
  return (
    <div className="max-w-xl space-y-6">
      <TitrePage chapo="Sans FranceConnect : vous donnerez ensuite votre numéro fiscal pour le calcul de votre tarif.">
        Créer un compte famille
      </TitrePage>
      <p>
        Vous avez un compte impots.gouv.fr, Ameli ou La Poste ?{" "}
        <Link className="text-primaire underline underline-offset-4" href="/connexion">
          Connectez-vous plutôt avec FranceConnect
        </Link>{" "}
        : votre identité sera reprise, certifiée.
      </p>
      <p className="text-sm text-attenue">Tous les champs sont obligatoires.</p>
      <Formulaire action={creerCompteFamille}>
        <Champ nom="prenoms" libelle="Prénom(s)" autoComplete="given-name" required />
        <Champ nom="nom" libelle="Nom" autoComplete="family-name" required />
        <Champ
          nom="email"
          libelle="Adresse électronique"
          type="email"
          autoComplete="email"
          aide="Format attendu : nom@domaine.fr. Un lien d'activation y sera envoyé."
          required
        />
        <Champ
          nom="motDePasse"
          libelle="Mot de passe"
          type="password"
          autoComplete="new-password"
          aide="12 caractères au moins, avec au moins trois types parmi : minuscules, majuscules, chiffres, symboles."
          required
        />
        <Champ
          nom="confirmation"
          libelle="Confirmation du mot de passe"
          type="password"
          autoComplete="new-password"
          required
        />
        <Bouton>Créer mon compte</Bouton>
      </Formulaire>
    </div>
  );
}
