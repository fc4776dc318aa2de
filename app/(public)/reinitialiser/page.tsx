import type { Metadata } from "next";
import Link from "next/link";

import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { jetonValide } from "@/lib/comptes/jetons.mutation";
import { reinitialiserMotDePasse } from "@/lib/comptes/reinitialiser.action";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Nouveau mot de passe" };

export default async function Reinitialiser({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton = "" } = await searchParams;
  const valide =
    jeton.length >= 20 && (await jetonValide(await db(), "reinitialisation_mot_de_passe", jeton, new Date()));
  return (
    <div className="max-w-xl space-y-6">
      <TitrePage>Nouveau mot de passe</TitrePage>
      {valide ? (
        <Formulaire action={reinitialiserMotDePasse}>
          <input type="hidden" name="jeton" value={jeton} />
          <Champ
            nom="motDePasse"
            libelle="Nouveau mot de passe"
            type="password"
            autoComplete="new-password"
            aide="12 caractères au moins (14 pour un agent), avec au moins trois types parmi : minuscules, majuscules, chiffres, symboles."
            required
          />
          <Champ nom="confirmation" libelle="Confirmation" type="password" autoComplete="new-password" required />
          <Bouton>Enregistrer</Bouton>
        </Formulaire>
      ) : (
        <Alerte type="erreur" titre="Lien expiré ou déjà utilisé">
          <Link className="underline" href="/mot-de-passe-oublie">
            Demander un nouveau lien
          </Link>
        </Alerte>
      )}
    </div>
  );
}
